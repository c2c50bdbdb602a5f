/**
 * The sentences of Chorus's mails around the notification they carry, in English and Bahasa
 * Indonesia (a unit test checks both have every key with the same placeholders). Parameters
 * ending in `At` are ISO instants written in the reader's locale and timezone.
 */
export const MAIL_MESSAGES = {
  'mail.greeting': 'Hello {name},',
  'mail.open': 'Open in Chorus',
  'mail.footer': 'You get this mail because {organizationName} uses Chorus for employee advocacy.',
  'mail.preferences': 'Choose what Chorus mails you',
  'mail.unsubscribeKind': 'Stop mails like this one',
  'mail.unsubscribeDigest': 'Stop this digest',
  'mail.digest.daily.subject': 'Your daily Chorus digest: {count} new',
  'mail.digest.weekly.subject': 'Your weekly Chorus digest: {count} new',
  'mail.digest.daily.intro': 'Here is what is new in Chorus since yesterday.',
  'mail.digest.weekly.intro': 'Here is what is new in Chorus this week.',
  'mail.digest.posts': 'New posts to share',
  'mail.digest.writePost': 'Write my post',
  'mail.digest.more': 'And {count} more in Chorus.',
  'mail.digest.other': 'Also for you',
  'mail.invitation.subject': 'You are invited to {organizationName} on Chorus',
  'mail.invitation.body': '{organizationName} invites you to share its news on your own social networks, in your own words. Choose your password to join; the link works until {expiresAt}.',
  'mail.invitation.action': 'Choose my password',
  'mail.passwordReset.subject': 'Reset your Chorus password',
  'mail.passwordReset.body': 'Someone asked to reset the password of your Chorus account at {organizationName}. The link works once, until {expiresAt}. If it was not you, ignore this mail: your password stays as it is.',
  'mail.passwordReset.action': 'Choose a new password',
} as const;

export type MailMessageCode = keyof typeof MAIL_MESSAGES;

export const MAIL_MESSAGES_ID: Record<MailMessageCode, string> = {
  'mail.greeting': 'Halo {name},',
  'mail.open': 'Buka di Chorus',
  'mail.footer': 'Anda menerima surel ini karena {organizationName} memakai Chorus untuk advokasi karyawan.',
  'mail.preferences': 'Atur surel apa saja yang dikirim Chorus',
  'mail.unsubscribeKind': 'Berhenti menerima surel seperti ini',
  'mail.unsubscribeDigest': 'Berhenti menerima ringkasan ini',
  'mail.digest.daily.subject': 'Ringkasan harian Chorus Anda: {count} baru',
  'mail.digest.weekly.subject': 'Ringkasan mingguan Chorus Anda: {count} baru',
  'mail.digest.daily.intro': 'Inilah yang baru di Chorus sejak kemarin.',
  'mail.digest.weekly.intro': 'Inilah yang baru di Chorus minggu ini.',
  'mail.digest.posts': 'Kiriman baru untuk dibagikan',
  'mail.digest.writePost': 'Tulis kiriman saya',
  'mail.digest.more': 'Dan {count} lagi di Chorus.',
  'mail.digest.other': 'Juga untuk Anda',
  'mail.invitation.subject': 'Anda diundang ke {organizationName} di Chorus',
  'mail.invitation.body': '{organizationName} mengundang Anda membagikan kabarnya di media sosial Anda sendiri, dengan kata-kata Anda sendiri. Pilih kata sandi untuk bergabung; tautan ini berlaku sampai {expiresAt}.',
  'mail.invitation.action': 'Pilih kata sandi saya',
  'mail.passwordReset.subject': 'Atur ulang kata sandi Chorus Anda',
  'mail.passwordReset.body': 'Seseorang meminta pengaturan ulang kata sandi akun Chorus Anda di {organizationName}. Tautan ini hanya bisa dipakai sekali, sampai {expiresAt}. Jika itu bukan Anda, abaikan surel ini: kata sandi Anda tetap seperti semula.',
  'mail.passwordReset.action': 'Pilih kata sandi baru',
};
