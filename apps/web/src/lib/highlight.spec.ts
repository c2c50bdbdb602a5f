import { highlightPieces } from './highlight';

describe('highlightPieces', () => {
  it('marks every occurrence in any case, keeping the text as written', () => {
    expect(highlightPieces('Our Competitor and every competitor.', ['competitor'])).toEqual([
      { text: 'Our ', marked: false },
      { text: 'Competitor', marked: true },
      { text: ' and every ', marked: false },
      { text: 'competitor', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('prefers the longer of overlapping words and treats regex characters literally', () => {
    expect(highlightPieces('an internal only (draft) note', ['internal', 'internal only', '(draft)'])).toEqual([
      { text: 'an ', marked: false },
      { text: 'internal only', marked: true },
      { text: ' ', marked: false },
      { text: '(draft)', marked: true },
      { text: ' note', marked: false },
    ]);
  });

  it('leaves a text without the words, or with no words given, whole', () => {
    expect(highlightPieces('nothing here', ['secret'])).toEqual([{ text: 'nothing here', marked: false }]);
    expect(highlightPieces('nothing here', [' '])).toEqual([{ text: 'nothing here', marked: false }]);
    expect(highlightPieces('', ['x'])).toEqual([]);
  });
});
