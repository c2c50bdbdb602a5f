import type { NotificationMessageCode } from './notification-messages';

/**
 * Notification sentences in Bahasa Indonesia, by the server's message code: the web app shows
 * them and mails are written from them. Every code of
 * NOTIFICATION_MESSAGES has one, with the same placeholders (test/integration/notification-translations.int-spec.ts).
 */
export const NOTIFICATION_MESSAGES_ID: Record<NotificationMessageCode, string> = {
  'notification.welcome.title': 'Selamat datang di Chorus',
  'notification.welcome.body': 'Baca kebijakan media sosial, hubungkan akun LinkedIn Anda, lalu bagikan kiriman pertama dengan kata-kata Anda sendiri.',
  'notification.contentFeatured.title': 'Konten unggulan baru: {postTitle}',
  'notification.contentFeatured.body': 'Kurator Anda memilih ini untuk Anda. Bagikan dengan kata-kata Anda sendiri.',
  'notification.sharePublished.title': 'Kiriman Anda sudah tayang di {network}',
  'notification.sharePublished.body': 'Kiriman Anda untuk "{postTitle}" sudah diterbitkan.',
  'notification.shareFailed.title': 'Sebuah kiriman tidak dapat diterbitkan',
  'notification.shareFailed.body': 'Kiriman Anda untuk "{postTitle}" tidak diterbitkan: {reason}',
  'notification.shareNeedsReconnect.title': 'Hubungkan ulang akun {network} Anda',
  'notification.shareNeedsReconnect.body': 'Kiriman Anda untuk "{postTitle}" menunggu: {reason} Hubungkan ulang akun yang sama, dan kiriman yang sudah Anda setujui berlanjut dengan sendirinya.',
  'notification.connectionNeedsReconnect.title': 'Hubungkan ulang akun {network} Anda',
  'notification.connectionNeedsReconnect.body': '{reason} Kiriman yang sudah Anda setujui menunggu: hubungkan ulang akun yang sama, dan kiriman itu berlanjut dengan sendirinya.',
  'notification.connectionReconnected.title': 'Akun {network} Anda terhubung kembali',
  'notification.connectionReconnected.body': 'Dari kiriman yang menunggu: {kept} berlanjut sesuai waktunya, {moved} dipindah ke waktu kosong berikutnya, {cancelled} dibatalkan karena tidak ada waktu tersisa dalam jendela postingannya.',
  'notification.shareExpired.title': 'Sebuah kiriman dibatalkan',
  'notification.shareExpired.body': 'Konten "{postTitle}" berakhir pada {expiredAt}, jadi kiriman Anda dibatalkan sebelum terkirim.',
  'notification.connectionExpiring.title': 'Akses {network} Anda berakhir pada {expiresAt}',
  'notification.connectionExpiring.body': 'Hubungkan ulang akun {network} Anda sebelum itu agar kiriman terjadwal tetap terkirim.',
  'notification.connectionExpired.title': 'Akses {network} Anda sudah berakhir',
  'notification.connectionExpired.body': 'Hubungkan ulang akun {network} Anda untuk menerbitkan kiriman terjadwal.',
  'notification.reviewRequested.title': 'Sebuah kiriman menunggu tinjauan Anda',
  'notification.reviewRequested.body': '{ownerName} ingin membagikan "{postTitle}": {reason}',
  'notification.reviewApproved.title': 'Peninjau menyetujui kiriman Anda',
  'notification.reviewApproved.body': 'Kiriman Anda untuk "{postTitle}" sekarang bisa dijadwalkan. {note}',
  'notification.reviewRejected.title': 'Peninjau meminta Anda mengubah kiriman',
  'notification.reviewRejected.body': 'Kiriman Anda untuk "{postTitle}" dikembalikan. Catatan peninjau: {note}',
  'notification.redemptionFulfilled.title': '{rewardName} sedang dalam perjalanan',
  'notification.redemptionFulfilled.body': 'Penukaran {rewardName} Anda disetujui. {note}',
  'notification.redemptionRejected.title': 'Penukaran {rewardName} Anda ditolak',
  'notification.redemptionRejected.body': '{note} {points} poin Anda sudah kembali ke saldo.',
  'notification.contestStarted.title': 'Kompetisi dimulai: {contestName}',
  'notification.contestStarted.body': 'Berlangsung hingga {endsAt}. Setiap kiriman yang Anda terbitkan selama itu dihitung.',
  'notification.contestWon.title': 'Anda meraih peringkat #{rank} di {contestName}',
  'notification.contestWon.body': 'Hadiah Anda: {prize}. {bonusPoints} poin bonus sudah masuk ke saldo Anda.',
  'notification.policyPublished.title': 'Baca kebijakan media sosial yang baru (versi {version})',
  'notification.policyPublished.body': 'Organisasi Anda menerbitkan versi baru kebijakan media sosialnya. Baca dan setujui sebelum kiriman berikutnya.',
  'notification.integrationDisabled.title': 'Integrasi {service} dimatikan',
  'notification.integrationDisabled.body': '{service} menolak webhook ({reason}), jadi Chorus berhenti mengirim ke sana. Tambahkan webhook baru di halaman Organisasi.',
};
