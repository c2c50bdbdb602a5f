/** The demo organisation's policy and posts, written the way our users' social-media policies read (docs/product.md). */
import type { Post } from '@chorus/content';
import { randomUUID } from 'node:crypto';

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

/** A demo post as the curator published it at `publishedAt` (its team targets are written beside it). */
export function demoPostRow(demo: Omit<DemoPost, 'featured'> & { featured?: boolean }, at: { organizationId: string; campaignId: string | null; createdById: string; publishedAt: Date }): Post {
  return {
    id: randomUUID(),
    organizationId: at.organizationId,
    campaignId: at.campaignId,
    title: demo.title,
    url: demo.url,
    description: demo.description,
    suggestedCommentary: demo.suggestedCommentary,
    variants: {},
    hashtags: demo.hashtags,
    imageUrl: null,
    targetsEveryone: demo.team === null,
    status: 'published',
    publishAt: null,
    expiresAt: null,
    featured: demo.featured ?? false,
    points: demo.points,
    requireOwnCommentary: demo.requireOwnCommentary,
    createdById: at.createdById,
    publishedAt: at.publishedAt,
    archivedAt: null,
    createdAt: at.publishedAt,
    updatedAt: at.publishedAt,
  };
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

/** Who shares in the demo's sample history: the demo users by the name before the @ of their email. */
export type DemoSharer = 'manager' | 'ana' | 'budi' | 'citra';

/**
 * Content of the four weeks before the demo starts, which the sample history shares
 * (docs/operations.md, "The demo organisation"). `daysAgo` is the day it was published, counted
 * back from the first start; `sharedBy` gives each sharer's own words, in their own language.
 */
export interface DemoPastPost extends Omit<DemoPost, 'featured'> {
  daysAgo: number;
  /** Part of the sample campaign. */
  campaign: boolean;
  /** What the organisation's site reports for visitors who came by this post's links. */
  conversionKind: 'lead' | 'signup' | 'application';
  sharedBy: Partial<Record<DemoSharer, string>>;
}

/** The sample campaign, which some past posts belong to: it ran from three weeks ago to one week ago. */
export const DEMO_PAST_CAMPAIGN = {
  name: 'Jakarta Tech Week',
  goal: 'Bring visitors to our stand',
  objective: 'traffic' as const,
  target: 150,
  startsDaysAgo: 22,
  endsDaysAgo: 8,
  pointsMultiplierPercent: 150,
};

export const DEMO_PAST_POSTS: DemoPastPost[] = [
  {
    title: 'Customer story: Toko Maju doubles its online orders',
    url: 'https://example.com/customers/toko-maju',
    description: 'How a family shop in Bandung moved its orders online in six weeks.',
    suggestedCommentary: 'Toko Maju doubled its online orders in six weeks with our help. A great story about a family business that went digital.',
    hashtags: ['#customerstory', '#UMKM'],
    requireOwnCommentary: false,
    points: null,
    team: null,
    daysAgo: 27,
    campaign: false,
    conversionKind: 'lead',
    sharedBy: {
      budi: 'Bangga bisa membantu Toko Maju menggandakan pesanan online mereka hanya dalam enam minggu. Cerita yang menginspirasi untuk UMKM!',
      ana: 'I worked with the Toko Maju team on this one: six weeks from paper order books to twice the online orders. Proud of them.',
      manager: 'My team helped Toko Maju go online, and their orders doubled. This is why we do what we do.',
      citra: 'Senang melihat sistem yang kami bangun dipakai Toko Maju untuk menggandakan pesanan online.',
    },
  },
  {
    title: 'Five questions to ask before you choose a CRM',
    url: 'https://example.com/blog/choosing-a-crm',
    description: 'A short checklist from our sales team, written for small and medium businesses.',
    suggestedCommentary: 'Choosing a CRM? Our sales team wrote down the five questions they wish every customer asked first.',
    hashtags: ['#sales', '#CRM'],
    requireOwnCommentary: false,
    points: null,
    team: null,
    daysAgo: 24,
    campaign: false,
    conversionKind: 'lead',
    sharedBy: {
      manager: 'The five questions I ask every customer before they pick a CRM. The third one saves the most money.',
      budi: 'Sebelum memilih CRM, tanyakan lima hal ini dulu. Ringkas dan praktis dari tim sales kami.',
    },
  },
  {
    title: 'Meet us at Jakarta Tech Week',
    url: 'https://example.com/events/jakarta-tech-week',
    description: 'Three days, one stand, and our engineers and account managers to talk to.',
    suggestedCommentary: 'We will be at Jakarta Tech Week! Come by our stand and meet the team.',
    hashtags: ['#JakartaTechWeek'],
    requireOwnCommentary: false,
    points: 15,
    team: null,
    daysAgo: 21,
    campaign: true,
    conversionKind: 'signup',
    sharedBy: {
      ana: 'I will be at our stand at Jakarta Tech Week all three days. Come and say hello, the coffee is on us.',
      budi: 'Sampai jumpa di Jakarta Tech Week! Mampir ke stand kami, saya ada di sana hari pertama.',
      citra: 'Tim engineering juga hadir di Jakarta Tech Week. Ayo ngobrol soal arsitektur dan skala!',
    },
  },
  {
    title: 'Book a live demo at Jakarta Tech Week',
    url: 'https://example.com/events/jakarta-tech-week/demo',
    description: 'Twenty minutes with an account executive, at our stand or online.',
    suggestedCommentary: 'Want to see it live? Book a 20-minute demo with us at Jakarta Tech Week.',
    hashtags: ['#JakartaTechWeek', '#demo'],
    requireOwnCommentary: false,
    points: null,
    team: 'Sales',
    daysAgo: 18,
    campaign: true,
    conversionKind: 'signup',
    sharedBy: {
      budi: 'Masih ada slot demo langsung di Jakarta Tech Week. Dua puluh menit, dan saya yang akan menemani Anda.',
      manager: 'My team still has demo slots at Jakarta Tech Week. Twenty minutes, no slides, just the product.',
      ana: 'Book twenty minutes with me at Jakarta Tech Week and I will show you how our customers run their week.',
    },
  },
  {
    title: 'What we learned running PostgreSQL at scale',
    url: 'https://example.com/blog/postgres-at-scale',
    description: 'Connection pools, vacuum, and the index we should have added a year earlier.',
    suggestedCommentary: 'Our engineers share what running PostgreSQL at scale taught them.',
    hashtags: ['#engineering', '#PostgreSQL'],
    requireOwnCommentary: false,
    points: null,
    team: 'Engineering',
    daysAgo: 13,
    campaign: false,
    conversionKind: 'application',
    sharedBy: {
      citra: 'Tulisan kami tentang menjalankan PostgreSQL dalam skala besar. Bagian tentang vacuum adalah favorit saya.',
    },
  },
  {
    title: 'We are hiring: backend engineers in Yogyakarta',
    url: 'https://example.com/careers/backend-engineer',
    description: 'Join the team that builds the platform thousands of Indonesian shops run on.',
    suggestedCommentary: 'We are hiring backend engineers in Yogyakarta. Come build with us!',
    hashtags: ['#hiring', '#Yogyakarta'],
    requireOwnCommentary: false,
    points: null,
    team: null,
    daysAgo: 10,
    campaign: false,
    conversionKind: 'application',
    sharedBy: {
      citra: 'Tim saya sedang mencari backend engineer di Yogyakarta. Kalau suka Go dan PostgreSQL, hubungi saya!',
      manager: 'Know a backend engineer in Yogyakarta? Our engineering team is growing, and it is a great team.',
      ana: 'Our engineers are the reason my customers are happy. They are hiring in Yogyakarta: please pass it on.',
    },
  },
  {
    title: 'Our support team now answers around the clock, in Bahasa Indonesia',
    url: 'https://example.com/news/support-24-7',
    description: 'Customers can now reach a person at any hour, in their own language.',
    suggestedCommentary: 'Our support team now answers 24/7, in Bahasa Indonesia. Customers first, always.',
    hashtags: ['#support', '#customersfirst'],
    requireOwnCommentary: false,
    points: null,
    team: null,
    daysAgo: 6,
    campaign: false,
    conversionKind: 'lead',
    sharedBy: {
      ana: 'My customers asked for this for a long time: a real person, any hour, in Bahasa Indonesia. Now they have it.',
      budi: 'Layanan pelanggan kami sekarang siap 24 jam, dalam Bahasa Indonesia. Terima kasih tim support!',
      citra: 'Kami membangun sistem antrean baru supaya tim support bisa melayani 24/7. Bangga dengan hasilnya.',
      manager: 'Customers can now reach our support team at any hour. Proud of the people who made this happen.',
    },
  },
];
