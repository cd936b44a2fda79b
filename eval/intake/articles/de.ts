/**
 * German articles. A fictional regional train derailment near Kettenfeld
 * (kettenfeld-*) reported by four outlets, and the walking study (walk-*).
 */
import type { LabelledArticle } from '../labels.js';

export const articles: LabelledArticle[] = [
  {
    id: 'de-e1',
    language: 'de',
    outlet: 'Kettenfelder Anzeiger',
    format: 'html',
    url: 'https://kettenfelder-anzeiger.example/region/zugunglueck',
    publishedAt: '2026-02-10T07:30:00Z',
    text: `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Regionalzug bei Kettenfeld entgleist - 23 Verletzte</title>
<script>window.__consent = { required: true };</script></head><body>
<div id="consent">Wir und unsere Partner verwenden Cookies und ähnliche Technologien. Alle akzeptieren | Einstellungen | Mit Werbung lesen oder Pur-Abo abschließen</div>
<nav>Startseite | Region | Politik | Wirtschaft | Sport | Kultur | Traueranzeigen</nav>
<article>
<h1>Regionalzug bei Kettenfeld entgleist</h1>
<p class="meta">Von Jonas Reimer | 10.02.2026, 08:30 Uhr | Aktualisiert: 10.02.2026, 11:05 Uhr | Lesezeit: 3 Min.</p>
<p>Bei der Entgleisung eines Regionalzugs nahe Kettenfeld sind am Montagabend 23 Menschen verletzt worden, zwei von ihnen schwer.</p>
<p>Nach Angaben der Polizei befanden sich rund 180 Fahrgäste in dem Zug, der von Lindau-Ost in Richtung Kettenfeld unterwegs war.</p>
<p>Die Bahngesellschaft Südnetz führt das Unglück nach ersten Erkenntnissen auf eine Signalstörung kurz vor der Brücke über die Aller zurück.</p>
<p>Die Strecke zwischen Lindau-Ost und Kettenfeld bleibt voraussichtlich sechs Monate gesperrt, weil die Brücke beschädigt wurde.</p>
<p>Für Pendler wird ein Ersatzverkehr mit Bussen eingerichtet, der ab Mittwoch im Halbstundentakt fahren soll.</p>
<p>Die Staatsanwaltschaft hat Ermittlungen aufgenommen; der Lokführer wurde leicht verletzt und konnte noch nicht befragt werden.</p>
</article>
<aside class="plus">Dieser Artikel ist Teil unseres Digital-Abos. Jetzt 4 Wochen für 0,99 € testen.</aside>
<aside class="teilen">Artikel teilen: Facebook | X | WhatsApp | E-Mail | Drucken</aside>
<aside class="mehr">Mehr zum Thema: Hochwasser an der Aller - Pegel steigt weiter</aside>
<footer>&copy; Kettenfelder Anzeiger 2026 | Impressum | Datenschutz | AGB</footer>
</body></html>`,
    claims: [
      { id: 'de-e1-c1', group: 'kettenfeld-verletzte', key: ['23 Menschen verletzt'] },
      { id: 'de-e1-c2', group: 'kettenfeld-fahrgaeste', key: ['rund 180 Fahrgäste'] },
      { id: 'de-e1-c3', group: 'kettenfeld-signal', key: ['Signalstörung'] },
      { id: 'de-e1-c4', group: 'kettenfeld-sperrung', key: ['sechs Monate gesperrt'] },
    ],
    boilerplate: [
      'Wir und unsere Partner verwenden Cookies',
      'Startseite | Region | Politik | Wirtschaft',
      'Von Jonas Reimer | 10.02.2026, 08:30 Uhr',
      'Dieser Artikel ist Teil unseres Digital-Abos',
      'Artikel teilen: Facebook | X | WhatsApp',
      'Hochwasser an der Aller - Pegel steigt weiter',
      '© Kettenfelder Anzeiger 2026',
    ],
  },
  {
    id: 'de-e2',
    language: 'de',
    outlet: 'Rundfunk Mitte',
    format: 'text',
    title: 'Zugunglück in Kettenfeld: Strecke für ein halbes Jahr dicht',
    publishedAt: '2026-02-10T12:00:00Z',
    text: `Rundfunk Mitte | Nachrichten | Livestream | Mediathek | Wetter
Sie sind hier: Startseite > Nachrichten > Region

Zugunglück in Kettenfeld: Strecke für ein halbes Jahr dicht

Stand: 10.02.2026 13:00 Uhr

Nach dem Zugunglück bei Kettenfeld ist die Zahl der Verletzten auf dreiundzwanzig gestiegen.

An Bord waren etwa 180 Reisende.

Der Zug war nach Angaben der Ermittler mit 120 Kilometern pro Stunde unterwegs, erlaubt sind an dieser Stelle 100.

Südnetz spricht von einem fehlerhaften Signal als wahrscheinlicher Ursache.

Die Verbindung zwischen Lindau-Ost und Kettenfeld wird nach Einschätzung des Unternehmens für ein halbes Jahr unterbrochen sein.

Der Fahrgastverband kritisierte, dass die Brücke seit Jahren als sanierungsbedürftig gelte.

Landesverkehrsministerin Petra Holm kündigte an, alle Brücken der Strecke prüfen zu lassen, und besuchte am Vormittag die Unfallstelle.

Die Bundesstelle für Eisenbahnunfalluntersuchung hat zwei Sachverständige nach Kettenfeld geschickt; ein Zwischenbericht wird frühestens in einigen Wochen erwartet.

Mehr Nachrichten aus der Region hören Sie stündlich im Radio.
Diese Meldung teilen
Rundfunk Mitte, 10.02.2026 - Alle Rechte vorbehalten`,
    claims: [
      { id: 'de-e2-c1', group: 'kettenfeld-verletzte', key: ['Verletzten', 'dreiundzwanzig'] },
      { id: 'de-e2-c2', group: 'kettenfeld-tempo', key: ['120 Kilometern pro Stunde'] },
      { id: 'de-e2-c5', group: 'kettenfeld-fahrgaeste', key: ['etwa 180 Reisende'] },
      { id: 'de-e2-c3', group: 'kettenfeld-signal', key: ['fehlerhaften Signal'] },
      { id: 'de-e2-c4', group: 'kettenfeld-sperrung', key: ['halbes Jahr unterbrochen'] },
    ],
    boilerplate: [
      'Rundfunk Mitte | Nachrichten | Livestream',
      'Sie sind hier: Startseite > Nachrichten > Region',
      'Stand: 10.02.2026 13:00 Uhr',
      'Mehr Nachrichten aus der Region hören Sie stündlich im Radio.',
      'Diese Meldung teilen',
      'Rundfunk Mitte, 10.02.2026 - Alle Rechte vorbehalten',
    ],
  },
  {
    id: 'de-e3',
    language: 'de',
    outlet: 'Blitz Online',
    format: 'html',
    publishedAt: '2026-02-10T09:45:00Z',
    text: `<html><head><title>HORROR-CRASH bei Kettenfeld | Blitz Online</title></head><body>
<div class="navi">BLITZ | News | Promis | Sport | Auto | Ratgeber | Gewinnspiele</div>
<div class="blitzplus">BLITZ+ Jetzt weiterlesen mit BLITZ+ für nur 7,99 € im Monat</div>
<div class="story">
<h1>HORROR-CRASH! Zug springt aus den Gleisen</h1>
<p class="meta">10.02.2026 - 10:45 Uhr | 14 823 Leser | 311 Kommentare</p>
<p>Schreie, Glassplitter, Chaos: Bei Kettenfeld ist ein voll besetzter Regionalzug aus den Gleisen gesprungen!</p>
<p>Mindestens 23 Passagiere wurden verletzt, mehrere Rettungshubschrauber landeten an der Unfallstelle.</p>
<p>Fast 200 Menschen saßen im Zug, als es passierte.</p>
<p>Nach BLITZ-Informationen raste der Zug mit 120 km/h in die Kurve vor der Brücke.</p>
<p>Pendler müssen sich auf monatelanges Chaos einstellen: Die Strecke soll bis zum Sommer gesperrt bleiben.</p>
<p>Eine Augenzeugin: &bdquo;Ich habe nur noch einen Knall gehört, dann lag alles durcheinander.&ldquo;</p>
<p>Feuerwehrleute aus vier Gemeinden halfen, die Menschen aus den umgekippten Waggons zu befreien. Ein Notfallseelsorger kümmerte sich bis tief in die Nacht um die Angehörigen.</p>
</div>
<div class="kommentare">311 Kommentare - Jetzt mitdiskutieren! Beliebtester Kommentar: &bdquo;Die Bahn spart seit Jahren an allem.&ldquo;</div>
<div class="video">VIDEO: Die ersten Bilder von der Unfallstelle</div>
<div class="fuss">BLITZ Online &copy; 2026 Blitz Mediengruppe. Alle Rechte vorbehalten.</div>
</body></html>`,
    claims: [
      { id: 'de-e3-c1', group: 'kettenfeld-verletzte', key: ['Mindestens 23 Passagiere wurden verletzt'] },
      { id: 'de-e3-c2', group: 'kettenfeld-fahrgaeste', key: ['Fast 200 Menschen'] },
      { id: 'de-e3-c3', group: 'kettenfeld-tempo', key: ['120 km/h'] },
      { id: 'de-e3-c4', group: 'kettenfeld-sperrung', key: ['bis zum Sommer gesperrt'] },
    ],
    boilerplate: [
      'BLITZ | News | Promis | Sport | Auto',
      'Jetzt weiterlesen mit BLITZ+',
      '10.02.2026 - 10:45 Uhr | 14 823 Leser',
      'Jetzt mitdiskutieren!',
      'Die Bahn spart seit Jahren an allem.',
      'VIDEO: Die ersten Bilder von der Unfallstelle',
      'BLITZ Online © 2026 Blitz Mediengruppe.',
    ],
  },
  {
    id: 'de-e4',
    language: 'de',
    outlet: 'Klartext-Blog',
    format: 'text',
    publishedAt: '2026-02-11T21:00:00Z',
    text: `KLARTEXT-BLOG - Was die Systempresse verschweigt
Startseite · Archiv · Spenden · Kontakt

Kettenfeld: War es wirklich nur ein Signal?

11. Februar 2026 · 9 Kommentare · 1.540 Aufrufe

Offiziell heißt es, eine Signalstörung habe den Zug bei Kettenfeld entgleisen lassen.

Doch aus Bahnkreisen hören wir, dass in der Nacht zuvor Unbekannte an der Weiche vor der Brücke gesehen wurden - Sabotage wird in Berlin offenbar gar nicht erst geprüft.

Dreiundzwanzig Verletzte, darunter zwei Schwerverletzte, und trotzdem keine Fragen?

Die Strecke wird jetzt sechs Monate lang gesperrt, und die Pendler bezahlen die Zeche.

Wir fordern eine unabhängige Untersuchung und die Veröffentlichung aller Wartungsprotokolle der letzten fünf Jahre.

Wer glaubt noch, dass die Verantwortlichen von selbst die Wahrheit sagen werden?

Unterstützen Sie unabhängigen Journalismus mit einer Spende!
Hat Ihnen der Artikel gefallen? Dann teilen Sie ihn mit Ihren Freunden.

Über den Autor: Horst K. war 30 Jahre Lokführer und schreibt seit seiner Pensionierung über die Bahn.

9 Kommentare
Bahnfan62: Genau so ist es, danke für den Mut!
Sabine W.: Gibt es für die Weiche eine Quelle?`,
    claims: [
      { id: 'de-e4-c1', group: 'kettenfeld-signal', key: ['Signalstörung', 'entgleisen'] },
      { id: 'de-e4-c2', group: 'kettenfeld-sabotage', key: ['Unbekannte an der Weiche'] },
      { id: 'de-e4-c3', group: 'kettenfeld-verletzte', key: ['Dreiundzwanzig Verletzte'] },
      { id: 'de-e4-c4', group: 'kettenfeld-sperrung', key: ['sechs Monate lang gesperrt'] },
    ],
    boilerplate: [
      'Was die Systempresse verschweigt',
      'Startseite · Archiv · Spenden · Kontakt',
      '11. Februar 2026 · 9 Kommentare · 1.540 Aufrufe',
      'Unterstützen Sie unabhängigen Journalismus mit einer Spende!',
      'Dann teilen Sie ihn mit Ihren Freunden.',
      'Über den Autor: Horst K. war 30 Jahre Lokführer',
      'Genau so ist es, danke für den Mut!',
      'Gibt es für die Weiche eine Quelle?',
    ],
  },
  {
    id: 'de-f1',
    language: 'de',
    outlet: 'Gesundheit Heute',
    format: 'html',
    publishedAt: '2026-09-12T15:00:00Z',
    text: `<html><body>
<div class="kopf">Gesundheit Heute | Ernährung | Fitness | Herz &amp; Kreislauf | Newsletter</div>
<div class="artikel">
<h1>Studie: Eine halbe Stunde Gehen am Tag schützt das Herz</h1>
<p class="info">12.09.2026 | Lesedauer 3 Minuten | Von Dr. Miriam Vogt</p>
<p>Forschende der Universität Tarnow haben die Daten von 48.000 Erwachsenen über durchschnittlich zehn Jahre ausgewertet.</p>
<p>Wer täglich mindestens 30 Minuten zu Fuß ging, hatte ein um 25 Prozent geringeres Risiko für Herzerkrankungen.</p>
<p>Finanziert wurde die Untersuchung teilweise vom Sportartikelhersteller Stridewell, was in der Pressemitteilung der Universität nicht erwähnt wird.</p>
<p>Unabhängige Kardiologen loben die große Zahl der Teilnehmenden, weisen aber darauf hin, dass Freiwillige oft gesünder leben als der Durchschnitt.</p>
<p>Die Autorinnen und Autoren betonen, dass es sich um eine Beobachtungsstudie handelt: Sie zeigt einen Zusammenhang, beweist aber nicht, dass das Gehen selbst die Ursache ist.</p>
<p>Wer bisher kaum Sport treibt, kann klein anfangen: Treppen statt Aufzug, eine Station früher aussteigen, abends eine Runde um den Block.</p>
</div>
<div class="hinweis">Dieser Beitrag ersetzt keine ärztliche Beratung.</div>
<div class="teaser">Auch interessant: Wie viel Schlaf braucht der Mensch wirklich?</div>
<div class="fuss">&copy; Gesundheit Heute 2026 | Impressum | Datenschutzerklärung</div>
</body></html>`,
    claims: [
      { id: 'de-f1-c1', group: 'walk-cohort', key: ['48.000 Erwachsenen'] },
      { id: 'de-f1-c2', group: 'walk-risk', key: ['30 Minuten', '25 Prozent geringeres Risiko'] },
      { id: 'de-f1-c3', group: 'walk-funding', key: ['Finanziert', 'Stridewell'] },
    ],
    boilerplate: [
      'Gesundheit Heute | Ernährung | Fitness',
      '12.09.2026 | Lesedauer 3 Minuten',
      'Dieser Beitrag ersetzt keine ärztliche Beratung.',
      'Wie viel Schlaf braucht der Mensch wirklich?',
      '© Gesundheit Heute 2026 | Impressum',
    ],
  },
];
