import {
  commentarySimilarity,
  commentaryWords,
  copiedShare,
  isOwnCommentary,
  NEAR_DUPLICATE_THRESHOLD,
  nearDuplicates,
  normalizeCommentary,
  OWN_COMMENTARY_MAX_SIMILARITY,
  OWN_COMMENTARY_MIN_NEW_WORDS,
} from './commentary-similarity';

const SUGGESTED =
  'We just launched Chorus 2.0! Employees can now schedule posts into weekly slots, track their reach, ' +
  'and earn points for sharing. Read how our team built it and what comes next: ' +
  'https://chorus.example/blog/2-0 #EmployeeAdvocacy';

const PERSONAL =
  'I spent the last three months pairing with the platform people on this release, and the part I am ' +
  'proudest of is how little effort sharing takes now. If you run an advocacy programme, give it a try. ' +
  'https://chorus.example/blog/2-0';

const SUGGESTED_ID =
  'Kami baru saja meluncurkan Chorus 2.0! Sekarang karyawan bisa menjadwalkan unggahan ke slot mingguan, ' +
  'memantau jangkauan, dan mengumpulkan poin. Baca kisah tim kami: https://chorus.example/id/blog #KaryawanBangga';

const PERSONAL_ID =
  'Saya ikut menguji fitur ini selama tiga bulan bersama tim produk, dan yang paling saya sukai adalah ' +
  'betapa mudahnya berbagi sekarang. Semoga bermanfaat untuk teman-teman! https://chorus.example/id/blog';

describe('normalizeCommentary', () => {
  it('lowercases, strips URLs, punctuation and emoji, collapses whitespace, keeps hashtag words', () => {
    expect(normalizeCommentary('  Hello,   WORLD!!! 🚀🎉 Read https://x.example/a?b=c  #AI   @Budi  ')).toBe('hello world read ai budi');
  });

  it('folds full-width and styled letters (NFKC) and drops apostrophes inside words', () => {
    expect(normalizeCommentary('Ｃｈｏｒｕｓ ﬁts — don’t miss it')).toBe('chorus fits dont miss it');
  });

  it('removes emoji with skin tones, joiners and keycaps without leaving debris', () => {
    expect(commentaryWords('Great 👍🏽 team 👩‍💻 ❤️ 1️⃣')).toEqual(['great', 'team', '1']);
  });

  it('strips bare domains with a path and www. links, but keeps numbers like 2.0 as words', () => {
    expect(commentaryWords('see lnkd.in/abc and www.example.com for v2.0')).toEqual(['see', 'and', 'for', 'v2', '0']);
  });

  it('keeps Indonesian words, splitting reduplicated words at the hyphen', () => {
    expect(commentaryWords('Teman-teman, SEMOGA bermanfaat!')).toEqual(['teman', 'teman', 'semoga', 'bermanfaat']);
  });
});

describe('isOwnCommentary', () => {
  const notOwn = (commentary: string, suggested = SUGGESTED) => {
    const result = isOwnCommentary(commentary, suggested);
    expect(result.own).toBe(false);
    expect(result.reason).toMatch(/\.$/);
    return result;
  };

  it('documents its thresholds', () => {
    expect(OWN_COMMENTARY_MAX_SIMILARITY).toBe(0.7);
    expect(OWN_COMMENTARY_MIN_NEW_WORDS).toBe(5);
  });

  it('identical text is not own', () => {
    const result = notOwn(SUGGESTED);
    expect(result.similarity).toBe(1);
    expect(result.newWords).toBe(0);
    expect(result.reason).toBe(
      'The commentary repeats the suggested text (100% of it) with no words of your own; write at least 5 words of your own.',
    );
  });

  it('case, punctuation and whitespace changes are not own', () => {
    const fiddled =
      'we just launched chorus 2.0   employees can NOW schedule posts into weekly slots; track their reach —\n\n' +
      'and earn points for sharing!!! read how our team built it, and what comes next... #employeeadvocacy';
    const result = notOwn(fiddled);
    expect(result.similarity).toBe(1);
    expect(result.newWords).toBe(0);
  });

  it('dropping the link or decorating with emoji is not own', () => {
    notOwn(SUGGESTED.replace('https://chorus.example/blog/2-0', '🚀🚀🚀'));
  });

  it('reordered sentences are not own', () => {
    const reordered =
      'Read how our team built it and what comes next: https://chorus.example/blog/2-0 #EmployeeAdvocacy ' +
      'Employees can now schedule posts into weekly slots, track their reach, and earn points for sharing. ' +
      'We just launched Chorus 2.0!';
    const result = notOwn(reordered);
    expect(result.similarity).toBeGreaterThanOrEqual(OWN_COMMENTARY_MAX_SIMILARITY);
    expect(result.newWords).toBe(0);
  });

  it('a couple of words swapped in place are not own', () => {
    const swapped = SUGGESTED.replace('schedule posts', 'posts schedule').replace('track their reach', 'their track reach');
    const result = notOwn(swapped);
    expect(result.newWords).toBe(0);
  });

  it('a couple of words replaced by synonyms are not own', () => {
    const replaced = SUGGESTED.replace('launched', 'released').replace('track', 'follow');
    const result = notOwn(replaced);
    expect(result.newWords).toBe(2);
    expect(result.reason).toContain('only 2 words of your own');
  });

  it('an appended "Great!" is not own', () => {
    const result = notOwn(`${SUGGESTED} Great!`);
    expect(result.newWords).toBe(1);
    expect(result.similarity).toBeGreaterThan(0.9);
  });

  it('padding with one repeated word counts that word once', () => {
    const result = notOwn(`${SUGGESTED} great great great great great great`);
    expect(result.newWords).toBe(1);
  });

  it('the suggestion plus one short sentence of your own is still mostly the suggestion', () => {
    const result = notOwn(`${SUGGESTED} Really proud of everyone involved here.`);
    expect(result.newWords).toBeGreaterThanOrEqual(OWN_COMMENTARY_MIN_NEW_WORDS);
    expect(result.similarity).toBeGreaterThanOrEqual(OWN_COMMENTARY_MAX_SIMILARITY);
    expect(result.reason).toMatch(/^\d+% of the commentary is the suggested text; add more of your own perspective\.$/);
  });

  it('a trimmed suggestion plus "Great!" is not own', () => {
    notOwn('We just launched Chorus 2.0! Employees can now schedule posts. Great!');
  });

  it('a genuinely personal paragraph plus the link is own', () => {
    const result = isOwnCommentary(PERSONAL, SUGGESTED);
    expect(result).toEqual({ own: true, similarity: 0, newWords: expect.any(Number) });
    expect(result.newWords).toBeGreaterThanOrEqual(20);
  });

  it('a personal paragraph followed by the quoted suggestion is own', () => {
    const result = isOwnCommentary(`${PERSONAL.replace(/https\S+/, '')}\n\n${SUGGESTED}`, SUGGESTED);
    expect(result.own).toBe(true);
    expect(result.similarity).toBeLessThan(OWN_COMMENTARY_MAX_SIMILARITY);
  });

  it('a short personal sentence without much new is not own and says how many words are missing', () => {
    const result = notOwn('Proud of this team!', SUGGESTED);
    expect(result.similarity).toBe(0);
    expect(result.newWords).toBe(3);
    expect(result.reason).toBe('The commentary has only 3 words of your own; write at least 5.');
  });

  it('empty commentary is not own', () => {
    const result = notOwn('  🚀 https://chorus.example/blog/2-0 ');
    expect(result).toMatchObject({ similarity: 0, newWords: 0 });
    expect(result.reason).toBe('Write at least 5 words of your own: the commentary is empty.');
  });

  it('with no suggested text, five words of your own are enough', () => {
    expect(isOwnCommentary('Our team shipped something lovely today', null).own).toBe(true);
    expect(isOwnCommentary('Lovely work today', '').own).toBe(false);
  });

  it('ignores single letters when counting new words', () => {
    expect(isOwnCommentary('a b c d e f g', '').newWords).toBe(0);
  });

  it('accepts other thresholds', () => {
    expect(isOwnCommentary(`${SUGGESTED} Great!`, SUGGESTED, { maxSimilarity: 1.01, minNewWords: 1 }).own).toBe(true);
  });

  describe('Indonesian', () => {
    it('the suggestion with "Keren!" appended is not own', () => {
      const result = notOwn(`${SUGGESTED_ID} Keren!`, SUGGESTED_ID);
      expect(result.newWords).toBe(1);
    });

    it('the suggestion with changed punctuation and case is not own', () => {
      const fiddled =
        'KAMI BARU SAJA MELUNCURKAN CHORUS 2.0 sekarang karyawan bisa menjadwalkan unggahan ke slot mingguan ' +
        'memantau jangkauan dan mengumpulkan poin!!! baca kisah tim kami ... https://chorus.example/id/blog #karyawanbangga';
      const result = notOwn(fiddled, SUGGESTED_ID);
      expect(result.similarity).toBe(1);
    });

    it('a personal paragraph is own', () => {
      const result = isOwnCommentary(PERSONAL_ID, SUGGESTED_ID);
      expect(result.own).toBe(true);
      expect(result.similarity).toBeLessThan(0.1);
    });
  });
});

describe('copiedShare and commentarySimilarity', () => {
  it('copiedShare is how much of the commentary comes from the suggestion; similarity is symmetric', () => {
    // 14 words, 13 bigrams; 5 of them (we just … 2 0) come from the suggestion.
    const half = 'We just launched Chorus 2.0 and everyone here worked incredibly hard for months';
    expect(copiedShare('We just launched Chorus', SUGGESTED)).toBe(1);
    expect(copiedShare(half, SUGGESTED)).toBeCloseTo(5 / 13, 5);
    expect(commentarySimilarity(half, SUGGESTED)).toBeCloseTo(commentarySimilarity(SUGGESTED, half), 10);
    expect(commentarySimilarity(half, SUGGESTED)).toBeLessThan(copiedShare(half, SUGGESTED));
  });

  it('empty texts are never similar, and a one-word text is compared as one word', () => {
    expect(commentarySimilarity('', '')).toBe(0);
    expect(commentarySimilarity('Great!', 'great')).toBe(1);
    expect(copiedShare('', SUGGESTED)).toBe(0);
  });
});

describe('nearDuplicates', () => {
  const colleagues = [
    { id: 'ana', text: SUGGESTED.toUpperCase() },
    { id: 'budi', text: PERSONAL },
    { id: 'citra', text: `${SUGGESTED} Great!` },
    { id: 'dewi', text: SUGGESTED_ID },
    { id: 'eko', text: SUGGESTED.replace('launched', 'released').replace('track', 'follow') },
  ];

  it('finds colleagues with nearly identical text, most similar first', () => {
    const found = nearDuplicates(SUGGESTED, colleagues);
    expect(found.map((d) => d.id)).toEqual(['ana', 'citra']);
    expect(found[0]).toEqual({ id: 'ana', similarity: 1 });
    expect(found[1].similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('uses the threshold given', () => {
    expect(nearDuplicates(SUGGESTED, colleagues, 0.7).map((d) => d.id)).toEqual(['ana', 'citra', 'eko']);
    expect(nearDuplicates(SUGGESTED, colleagues, 1).map((d) => d.id)).toEqual(['ana']);
  });

  it('finds nothing for a personal text or an empty one', () => {
    expect(nearDuplicates(PERSONAL_ID, colleagues)).toEqual([]);
    expect(nearDuplicates('🚀', colleagues)).toEqual([]);
    expect(nearDuplicates(SUGGESTED, [])).toEqual([]);
  });

  it.each([0, -0.5, 1.5, Number.NaN])('refuses threshold %p', (threshold) => {
    expect(() => nearDuplicates(SUGGESTED, colleagues, threshold)).toThrow(RangeError);
  });
});
