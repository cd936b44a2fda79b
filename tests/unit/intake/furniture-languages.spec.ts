import { describe, expect, it } from '@jest/globals';
import { cleanLines } from '../../../src/intake/analysis/clean-blocks.js';
import type { DropReason } from '../../../src/intake/analysis/analyse-article.js';

const STORY = ['The harbour authority said on Monday that 420 ships passed the new lock in its first month.', 'Officials expect the figure to rise again when the second basin opens in May.'];

describe('furniture in other languages and in field lines', () => {
  const cases: [DropReason, string][] = [
    ['metadata', 'By Ana Example | 3 May 2024, 10:12 | 4 min read | 1,204 views'],
    ['metadata', 'Publié le 03/05/2024 à 10h12 · Mis à jour à 11h00'],
    ['metadata', 'Von Max Beispiel | 03.05.2024, 10:12 Uhr'],
    ['metadata', '12 мая 2024, 10:12 | Время чтения: 4 мин'],
    ['metadata', 'Redacción | 03/05/2024 | 2 min de lectura'],
    ['navigation', 'News | Sport | Weather | Culture'],
    ['navigation', 'HARBOUR WATCH - the news they hide from you'],
    ['navigation', 'Главная / Новости / Порт'],
    ['navigation', 'Lo más leído: El puerto abre de noche | Nuevas tarifas'],
    ['paywall', 'Has leído 2 de 5 noticias gratuitas.'],
    ['paywall', 'Jetzt weiterlesen mit HAFEN+ für nur 4,99 € im Monat'],
    ['newsletter', 'Soutenez notre rédaction : faites un don.'],
    ['newsletter', 'Recibe las noticias del puerto cada mañana: suscríbete gratis.'],
    ['author_bio', 'Über den Autor: Max Beispiel schreibt seit zehn Jahren über Häfen und Schiffe.'],
    ['disclaimer', 'Dieser Text ersetzt keine ärztliche Beratung.'],
    ['disclaimer', 'Wir verwenden Cookies, um unsere Seite zu verbessern.'],
    ['comments', 'Hafenfan77: Endlich sagt es mal jemand!'],
    ['copyright', 'Tous droits réservés.'],
    ['copyright', '© 2024 جميع الحقوق محفوظة'],
    ['metadata', 'بقلم: أحمد مثال | 3 مايو 2024'],
    ['navigation', 'اقرأ أيضا: افتتاح الميناء الجديد'],
    ['navigation', 'More on this story: Why the lock was built | Who pays for the harbour?'],
    ['navigation', 'Sie sind hier: Startseite > Region > Hafen'],
    ['metadata', 'Image caption: Ships wait outside the new lock on Monday morning'],
    ['comments', 'Comments are closed.'],
    ['newsletter', '¿Quieres recibir notificaciones de última hora?'],
  ];
  it.each(cases)('drops a %s line: "%s"', (reason, line) => {
    const { paragraphs, dropped } = cleanLines([STORY[0], line, STORY[1]]);
    expect(paragraphs).toEqual(STORY);
    expect(dropped).toEqual([expect.objectContaining({ text: line, reason })]);
  });

  it('drops the title lines under a "related" heading, up to the next finished sentence', () => {
    const { paragraphs, dropped } = cleanLines([...STORY, 'Related coverage', 'Harbour lock opens to fishing boats', 'Five things to know about the new basin', 'The authority will publish its figures again in June.']);
    expect(paragraphs).toEqual([...STORY, 'The authority will publish its figures again in June.']);
    expect(dropped.map((d) => d.reason)).toEqual(['navigation', 'navigation', 'navigation']);
  });

  it('keeps a headline that sits among furniture at the top of the page', () => {
    const { paragraphs } = cleanLines(['Home | News | Sport | Weather', 'Council closes two harbour schools', 'By Jane Example | 3 May 2024 | 2 min read', ...STORY]);
    expect(paragraphs).toEqual(['Council closes two harbour schools', ...STORY]);
  });

  it('names what an HTML footer holds when a line rule knows it', () => {
    const { dropped } = cleanLines([...STORY, { text: '© 2024 Harbour Gazette. All rights reserved.', reason: 'navigation', detail: 'Removed a <footer>.' }]);
    expect(dropped).toEqual([expect.objectContaining({ reason: 'copyright' })]);
    expect(dropped[0].detail).toContain('<footer>');
  });

  it('cuts a furniture sentence out of a paragraph and keeps the rest', () => {
    const { paragraphs, dropped } = cleanLines([STORY[0], 'Did you find this useful? Support independent journalism with a donation today.']);
    expect(paragraphs).toEqual([STORY[0], 'Did you find this useful?']);
    expect(dropped).toEqual([expect.objectContaining({ reason: 'newsletter', text: 'Support independent journalism with a donation today.' })]);
  });

  it('keeps story sentences in every language that share words with furniture', () => {
    const story = [
      'Source: the ministry said 4,000 troops were sent to the border.',
      'Video footage showed about 200 people waiting at the port on Friday.',
      'Le ministre a déclaré : « Nous soutenons le projet du port. »',
      'Les habitants ont partagé des vidéos de l’incendie sur les réseaux sociaux.',
      'Der Bürgermeister sagte, man werde die Kosten mit dem Land teilen.',
      'La empresa dijo que 300 trabajadores perderán su empleo en 2025.',
      'Министр заявил, что порт откроют в мае.',
      'قال الوزير إن الميناء سيفتح في مايو بعد إصلاح الرصيف.',
      'شارك آلاف الصيادين في الاحتجاج أمام الميناء يوم الجمعة.',
      'Published figures show that 12 per cent of the ships were late.',
      'Jane Doe - the harbour master - confirmed the closure on Monday.',
    ];
    expect(cleanLines(story)).toEqual({ paragraphs: story, dropped: [] });
  });
});
