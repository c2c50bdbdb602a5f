/** The demo organisation's policy and posts, written the way our users' social-media policies read (docs/product.md). */

export const DEMO_POLICY = `# Social-media policy — Demo

*Bahasa Indonesia di bawah.*

**Why we have this.** We are proud when you talk about our work, and we want it to stay
*your* voice. This policy is short on purpose; read it once, and ask the marketing team when
in doubt.

1. **What counts.** Any public or semi-public place: LinkedIn, X, Instagram, TikTok, blogs,
   forums, group chats — new sites included.
2. **Who owns what.** Your personal accounts are yours. Company accounts, and content made
   for the company, belong to the company and are handed over when you leave.
3. **Confidentiality.** Never share confidential, proprietary or unreleased information, or
   anything private about colleagues or customers — not in public and not in private messages.
4. **Speak as yourself.** Say that you work here when you talk about our products
   (Chorus adds \`#employee\` for you). Only the communications team speaks *for* the company.
5. **Comments and complaints.** Forward customer complaints to support; we answer within
   24 hours, customers first. Do not argue in comments.
6. **Ground rules.** No nastiness, demeaning remarks or dishonest statements. Stay away from
   SARA (ethnicity, religion, race, inter-group relations) and political statements.
7. **Monitoring and training.** Shares made through Chorus are checked against these rules
   before they go out; a reviewer may ask you to change a post. Training is on the intranet —
   most mistakes come from not knowing better.
8. **Nothing goes out without you.** Chorus never posts anything you did not read and approve
   word for word.

---

# Kebijakan media sosial — Demo

1. **Apa yang termasuk.** Semua tempat publik atau semi-publik: LinkedIn, X, Instagram,
   TikTok, blog, forum, grup percakapan — termasuk situs baru.
2. **Kepemilikan.** Akun pribadi adalah milik Anda. Akun perusahaan dan konten yang dibuat
   untuk perusahaan adalah milik perusahaan dan diserahkan saat Anda keluar.
3. **Kerahasiaan.** Jangan pernah membagikan informasi rahasia, milik perusahaan, atau yang
   belum dirilis, maupun hal pribadi tentang rekan kerja atau pelanggan.
4. **Berbicara sebagai diri sendiri.** Sebutkan bahwa Anda bekerja di sini (Chorus menambahkan
   \`#employee\`). Hanya tim komunikasi yang berbicara *atas nama* perusahaan.
5. **Komentar dan keluhan.** Teruskan keluhan pelanggan ke tim dukungan; kami menjawab dalam
   24 jam, pelanggan didahulukan.
6. **Aturan dasar.** Tidak ada ujaran kasar, merendahkan, atau tidak jujur. Hindari SARA
   (suku, agama, ras, dan antargolongan) serta pernyataan politik.
7. **Pemantauan dan pelatihan.** Setiap postingan lewat Chorus diperiksa terhadap aturan ini
   sebelum terbit.
8. **Tidak ada yang terbit tanpa Anda.** Chorus tidak pernah memposting apa pun yang belum
   Anda baca dan setujui kata demi kata.
`;

export interface DemoPost {
  title: string;
  url: string;
  description: string;
  suggestedCommentary: string;
  hashtags: string[];
  featured: boolean;
  requireOwnCommentary: boolean;
  points: number | null;
  team: string | null;
}

export const DEMO_POSTS: DemoPost[] = [
  {
    title: 'Demo opens its Surabaya office',
    url: 'https://example.com/news/surabaya-office',
    description: 'Our third office in Indonesia brings us closer to customers in East Java.',
    suggestedCommentary: 'We just opened our Surabaya office — closer to our customers in East Java. Proud to be part of this team!',
    hashtags: ['#Surabaya', '#growth'],
    featured: true,
    requireOwnCommentary: true,
    points: 20,
    team: null,
  },
  {
    title: 'We are hiring: account executives in Jakarta',
    url: 'https://example.com/careers/account-executive',
    description: 'Join the Sales team that helps Indonesian companies grow.',
    suggestedCommentary: 'My team is hiring account executives in Jakarta. If you love helping customers grow, let’s talk!',
    hashtags: ['#hiring', '#Jakarta'],
    featured: false,
    requireOwnCommentary: false,
    points: null,
    team: 'Sales',
  },
  {
    title: 'How we cut our build times in half',
    url: 'https://example.com/blog/faster-builds',
    description: 'An engineering story about caching, small modules and patience.',
    suggestedCommentary: 'Our engineers wrote up how we made builds twice as fast. Worth a read if you run a large codebase.',
    hashtags: ['#engineering'],
    featured: false,
    requireOwnCommentary: false,
    points: null,
    team: 'Engineering',
  },
];

/** The demo rewards catalogue: things Indonesian advocacy programmes actually hand out. */
export const DEMO_REWARDS: { name: string; description: string; cost: number; stock: number | null }[] = [
  { name: 'Coffee voucher', description: 'A Rp 50.000 voucher for the coffee shop downstairs.', cost: 60, stock: 100 },
  { name: 'Company t-shirt', description: 'The Demo t-shirt, in your size. Picked up at the front desk.', cost: 150, stock: 25 },
  { name: 'Extra day off', description: 'One extra day of paid leave, agreed with your manager.', cost: 1000, stock: 3 },
];

export const DEMO_CONTEST = {
  name: 'Sharer of the month',
  description: 'Share what you are proud of, in your own words. The three people with the most points this month win.',
  minPoints: 20,
  prizes: ['Lunch with the CEO', 'Company t-shirt', 'Coffee voucher'],
};
