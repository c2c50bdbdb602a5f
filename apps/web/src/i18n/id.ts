import type { Messages } from './en';

/** Bahasa Indonesia. Typed against the English set, so a missing key fails the build. */
export const id: Messages = {
  'app.name': 'Chorus',
  'app.tagline': 'Bagikan hal yang dibanggakan perusahaan Anda, dengan kata-kata Anda sendiri.',
  'app.loading': 'Memuat Chorus…',
  'app.skipToContent': 'Langsung ke konten utama',

  'common.tryAgain': 'Coba lagi',
  'common.errorTitle': 'Terjadi kesalahan',
  'common.errorReference': 'Kode referensi: {id}',

  'error.network': 'Chorus tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
  'error.generic': 'Terjadi sesuatu yang tidak terduga. Silakan coba lagi.',
  'error.unexpected': 'Server mengalami kesalahan yang tidak terduga (HTTP {status}). Silakan coba lagi sebentar lagi.',

  'language.label': 'Bahasa',
  'language.en': 'English',
  'language.id': 'Bahasa Indonesia',

  'header.account': 'Akun Anda',
  'header.menu': 'Menu',
  'header.signOut': 'Keluar',
  'header.signingOut': 'Sedang keluar…',

  'nav.label': 'Utama',
  'nav.home': 'Beranda',
  'nav.feed': 'Saran konten',
  'nav.shares': 'Kiriman saya',
  'nav.connections': 'Akun terhubung',
  'nav.points': 'Poin',
  'nav.content': 'Konten',
  'nav.campaigns': 'Kampanye',
  'nav.leaderboards': 'Papan peringkat',
  'nav.reviews': 'Antrean tinjauan',
  'nav.users': 'Pengguna & tim',
  'nav.policy': 'Kebijakan',
  'nav.complianceRules': 'Aturan kepatuhan',
  'nav.rewards': 'Hadiah',
  'nav.auditLog': 'Log audit',

  'section.feed.description':
    'Saran konten untuk tim Anda akan muncul di sini, siap Anda beri kata-kata sendiri lalu bagikan.',
  'section.shares.description':
    'Semua yang sudah Anda tulis, setujui, dan jadwalkan akan tercantum di sini, lengkap dengan status dan hasilnya.',
  'section.connections.description':
    'Di sini Anda akan menghubungkan akun LinkedIn, melihat kapan aksesnya berakhir, dan memutuskannya.',
  'section.points.description':
    'Poin, lencana, dan peringkat Anda akan ditampilkan di sini, beserta hadiah yang dapat Anda tukarkan.',
  'section.content.description':
    'Di sini Anda akan menulis saran kiriman, menentukan tim sasarannya, dan mengatur kapan kiriman itu tampil.',
  'section.campaigns.description':
    'Di sini Anda akan mengelompokkan kiriman ke dalam kampanye, menetapkan tujuannya, dan memantau hasilnya.',
  'section.leaderboards.description':
    'Papan peringkat untuk tim Anda dan seluruh organisasi, per bulan, per kuartal, atau sepanjang waktu, akan ada di sini.',
  'section.reviews.description':
    'Kiriman yang ditahan oleh aturan kepatuhan akan menunggu di sini untuk Anda setujui atau tolak.',
  'section.users.description':
    'Di sini Anda akan mengundang orang, memberi mereka peran, mengatur tim, dan menonaktifkan akun orang yang keluar.',
  'section.policy.description':
    'Di sini Anda akan menerbitkan versi baru kebijakan media sosial yang wajib dibaca dan disetujui semua orang.',
  'section.complianceRules.description':
    'Di sini Anda akan mengelola kata, frasa, dan pola yang memblokir kiriman atau mengirimnya untuk ditinjau.',
  'section.rewards.description':
    'Di sini Anda akan mengelola katalog hadiah serta menyetujui atau menolak penukaran poin.',
  'section.auditLog.description':
    'Catatan tentang siapa melakukan apa, dan kapan, akan ditampilkan di sini.',
  'placeholder.comingSoon': 'Halaman ini belum selesai dibuat.',

  'role.employee': 'Karyawan',
  'role.curator': 'Kurator',
  'role.manager': 'Manajer',
  'role.reviewer': 'Peninjau kepatuhan',
  'role.admin': 'Admin',
  'role.employee.description': 'Bagikan saran konten dengan kata-kata Anda sendiri, sesuai jadwal Anda.',
  'role.curator.description': 'Tulis saran kiriman dan jalankan kampanye untuk rekan kerja Anda.',
  'role.manager.description': 'Pantau keikutsertaan tim Anda melalui papan peringkat.',
  'role.reviewer.description': 'Periksa kiriman yang ditandai aturan kepatuhan sebelum diterbitkan.',
  'role.admin.description': 'Kelola pengguna, tim, kebijakan, aturan, dan hadiah.',

  'signIn.pageTitle': 'Masuk',
  'signIn.heading': 'Masuk ke Chorus',
  'signIn.email': 'Email',
  'signIn.password': 'Kata sandi',
  'signIn.submit': 'Masuk',
  'signIn.submitting': 'Sedang masuk…',
  'signIn.demoHint': 'Demo: ana@demo.chorus / chorus-demo',
  'signIn.sessionEnded': 'Sesi Anda telah berakhir. Silakan masuk lagi untuk melanjutkan.',

  'invite.pageTitle': 'Buat kata sandi',
  'invite.heading': 'Buat kata sandi Anda',
  'invite.intro': 'Pilih kata sandi untuk menyelesaikan pembuatan akun Chorus Anda.',
  'invite.password': 'Kata sandi baru',
  'invite.passwordHint': 'Minimal 10 karakter.',
  'invite.confirm': 'Ulangi kata sandi',
  'invite.submit': 'Simpan kata sandi dan masuk',
  'invite.submitting': 'Sedang menyimpan kata sandi…',
  'invite.tooShort': 'Kata sandi harus terdiri dari minimal 10 karakter.',
  'invite.mismatch': 'Kedua kata sandi tidak sama.',
  'invite.missingToken':
    'Tautan undangan ini tidak lengkap. Buka lagi tautan dari undangan Anda, atau minta tautan baru kepada admin.',
  'invite.haveAccount': 'Sudah punya kata sandi?',
  'invite.goToSignIn': 'Masuk',

  'home.pageTitle': 'Beranda',
  'home.welcome': 'Selamat datang, {name}',
  'home.today': 'Hari ini {date}.',
  'home.rolesHeading': 'Peran Anda di {organization}',
  'home.teams': 'Tim Anda: {teams}.',
  'home.noTeams': 'Anda belum tergabung dalam tim.',
  'home.startHeading': 'Mulai dari sini',

  'forbidden.heading': 'Halaman ini bukan untuk peran Anda',
  'forbidden.body': 'Halaman ini untuk: {roles}. Hubungi admin jika Anda memerlukan akses.',

  'notFound.heading': 'Halaman tidak ditemukan',
  'notFound.body': 'Tidak ada halaman di alamat ini. Periksa tautannya, atau mulai lagi dari beranda.',
  'notFound.home': 'Ke beranda',
  'notFound.signIn': 'Ke halaman masuk',
};
