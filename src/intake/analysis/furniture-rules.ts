import type { DropReason } from './types.js';

/**
 * Line-level rules for page furniture. Each pattern is tested on one logical
 * line (case-insensitive, bullets already removed). Patterns are anchored and
 * bounded (`{0,80}`, no nested repeats) so no input can make them backtrack.
 * `maxWords` keeps a rule from touching a long paragraph that merely
 * mentions the same words: story text is never dropped by a loose match.
 */
export interface FurnitureRule {
  reason: DropReason;
  detail: string;
  pattern: RegExp;
  maxWords: number;
  /** This line opens the reader-comments area: what follows it is comments too. */
  opensComments?: boolean;
  /** A heading over links to other articles: the short title lines under it are links too. */
  opensRelated?: boolean;
  /** Only near the end of the document (the last lines), where bios and notices sit. */
  tailOnly?: boolean;
}

const SHARE_WORD = String.raw`(?:share(?: this(?: article| story| post)?| on [\p{L}+]{2,15}| via [\p{L}+]{2,15})?|tweet|print|e-?mail|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|pinterest|flipboard|copy link|copy|save|google\+?|messenger|vk|pocket)`;
const SECTION = String.raw`(?:home|news|world|politics|business|economy|opinion|sport|sports|science|tech|technology|health|culture|lifestyle|entertainment|video|videos|photos|world news|middle east|europe|asia|africa|americas|us|uk|latest|top stories|analysis|features|in-depth|in depth|investigations|local|national|international)`;

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // markup left behind as text
  { reason: 'markup', detail: 'Unrendered template text (placeholders such as %s).', pattern: /(?:^|\s)%[sd](?:\s|$)|\{\{[^{}]{0,80}\}\}/, maxWords: 12 },
  // paywall
  { reason: 'paywall', detail: 'A paywall counter or prompt, not part of the story.', pattern: /^(?:you(?:'ve| have) read \d{1,4} (?:of|out of) \d{1,4}\b|\d{1,4} free (?:articles?|stories) (?:left|remaining)|subscribe (?:now )?to (?:continue|keep) reading|(?:this|the) (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members)|already a subscriber|to continue reading)/i, maxWords: 25 },
  // newsletters
  { reason: 'newsletter', detail: 'A newsletter or subscription call.', pattern: /^(?:sign up (?:for|to)|subscribe (?:to|for) (?:our|the)|get (?:our|the) [\p{L} ]{0,40}(?:newsletter|in your inbox)|join our (?:mailing list|newsletter)|(?:our|the|daily|weekly|free) newsletter\b|newsletter\b)/iu, maxWords: 30 },
  // comments area
  { reason: 'comments', detail: 'The heading of the reader-comments area.', pattern: /^(?:comments?|commentaires?|réactions?|comentarios?|kommentare?|комментарии|reader comments|your comment|votre commentaire|tu comentario|ihr kommentar|ваш комментарий|show comments|view comments|\d{1,5} (?:comments?|commentaires?|réactions|comentarios?|kommentare?|комментари\p{L}{0,3}))\s?(?:\(\d{1,5}\)|:|\s[-–|]\s[^.?]{0,40}[!.]?)?$/iu, maxWords: 10, opensComments: true },
  { reason: 'comments', detail: 'The start of the reader-comments area.', pattern: /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|one thought on|\d{1,5} thoughts on|be the first to comment|join the (?:discussion|conversation)|laisser un commentaire|réagir à cet article|soyez le premier à (?:commenter|réagir)|deja (?:un|tu) comentario|escribe (?:un|tu) comentario|kommentar schreiben|diskutieren sie mit|оставить комментарий|оставьте комментарий)(?![\p{L}\p{N}])/iu, maxWords: 40, opensComments: true },
  { reason: 'comments', detail: "A reader's comment, signed with a user name.", pattern: /^(?:[\p{L}\p{N}._-]{0,20}[\p{N}_][\p{L}\p{N}._-]{0,20}|top comment|most liked comment|beliebtester kommentar|meilleur commentaire|commentaire le plus apprécié|comentario destacado|comentario más votado|лучший комментарий)\s?:\s\S/iu, maxWords: 80 },
  { reason: 'comments', detail: 'A login prompt of the comment form.', pattern: /^(?:please )?log ?in (?:using|to (?:comment|post|reply))|^you are commenting using|^(?:notify me of (?:new|follow-up)|save my name)/i, maxWords: 40, opensComments: true },
  { reason: 'comments', detail: 'A field label of the comment form.', pattern: /^\*?\s?(?:name|e-?mail|website|comments?|message|your name|your email)\s?\*?\s?:?\s?\*?$/i, maxWords: 3 },
  { reason: 'paywall', detail: 'A paywall counter or prompt, not part of the story.', pattern: /^(?:has leído|vous avez lu|sie haben|вы прочитали)\s\d{1,4}\s(?:de|sur|des|von|из)\s\d{1,4}\b|^(?:abonnez-vous pour lire la suite|suscríbete para seguir leyendo|weiterlesen mit|читайте полную версию)/iu, maxWords: 25 },
  { reason: 'newsletter', detail: 'A call to support the site (donation, membership, app) or to subscribe.', pattern: /^(?:support (?:us|our|independent)|donate\b|make a donation|become a (?:member|supporter|patron|subscriber)|download (?:our|the) app|get (?:our|the) app|soutenez(?![\p{L}\p{N}])|faites un don|devenez (?:membre|abonné)|téléchargez (?:notre|l'application|l’application)|inscrivez-vous à (?:notre|la) newsletter|abonnez-vous à (?:notre|la) newsletter|hazte (?:socio|miembro|suscriptor)|apóyanos|dona(?![\p{L}\p{N}])|descarga (?:la|nuestra) app|suscríbete a (?:nuestro|nuestra|el|la)|unterstützen sie(?![\p{L}\p{N}])|jetzt spenden|spenden sie|laden sie (?:unsere|die) app|abonnieren sie (?:unseren|den) newsletter|поддержите(?![\p{L}\p{N}])|пожертвуйте|скачайте (?:наше )?приложение|подпишитесь на (?:нашу )?рассылку)/iu, maxWords: 40 },
  { reason: 'newsletter', detail: 'A call to join a mailing list.', pattern: /^join [\p{L}\p{N},. ]{0,40} (?:on|to|for) our (?:free )?(?:daily |weekly )?(?:email|e-mail|newsletter|mailing list)/iu, maxWords: 30 },
  { reason: 'navigation', detail: "A promotion of the outlet's other programmes or videos.", pattern: /^(?:listen to (?:our|the full)|watch (?:our|the full)|écoutez (?:notre|l['’]intégralité|l['’]interview)|regardez (?:notre|la vidéo)|escucha (?:la|el|nuestro|nuestra)|mira (?:el|la) (?:vídeo|video)|hören sie|sehen sie (?:das|im) video|mehr nachrichten [\p{L} ]{0,40} hören sie|слушайте|смотрите (?:видео|наш))/iu, maxWords: 30 },
  { reason: 'navigation', detail: 'A sponsored link or advertisement.', pattern: /^(?:sponsored|advertisement|ad|promoted|partner content|publicité|sponsorisé|publicidad|patrocinado|anzeige|werbung|реклама)\s?:/iu, maxWords: 25 },
  { reason: 'navigation', detail: 'A link to a video, photo gallery or live page.', pattern: /^(?:video|vidéo|vídeo|видео|photos?|fotos?|galerie|gallery|galería|audio|podcast|live|en direct|en directo|liveticker|фото)\s?:/iu, maxWords: 15 },
  { reason: 'share', detail: 'A call to share the article.', pattern: /^(?:share this (?:article|story|post)|please share|partagez (?:cet article|ceci|l['’]article)|comparte (?:este|esta|la) (?:artículo|noticia)|compártelo|teilen sie (?:diesen|den|ihn|es)\b|dann teilen sie|поделитесь)/iu, maxWords: 25 },
  { reason: 'disclaimer', detail: 'A cookie notice.', pattern: /cookies?(?![\p{L}])[^.]{0,120}(?:we use|use cookies|accept|nous utilisons|accepter|utilizamos|aceptar|verwenden|akzeptieren|используем|принять)|(?:we use|nous utilisons|utilizamos|verwenden|используем)[^.]{0,60}cookies?/iu, maxWords: 50 },
  { reason: 'newsletter', detail: 'A call to subscribe.', pattern: /(?:^|\s|:)(?:suscríbete|suscríbase|subscribe|abonnez-vous|inscrivez-vous|abonnieren sie|jetzt abonnieren|подпишитесь)(?:\s(?:gratis|gratuitement|now|for free|today|kostenlos|бесплатно|ahora|maintenant|jetzt))?\s?[.!]?$/iu, maxWords: 20 },
  { reason: 'paywall', detail: 'A paywall offer: pay to read on.', pattern: /(?:jetzt )?weiterlesen mit\b|(?:continue|keep) reading (?:with|for)\b|continuez (?:à|a) lire avec|sigue leyendo con|\d{1,3}[,.]\d{2}\s?(?:€|\$|£)\s?(?:im monat|pro monat|par mois|al mes|per month|a month|в месяц)|(?:€|\$|£)\s?\d{1,3}(?:[,.]\d{2})?\s(?:a|per) month/iu, maxWords: 25 },
  // Arabic pages
  { reason: 'comments', detail: 'The heading of the reader-comments area.', pattern: /^(?:التعليقات|تعليقات|أضف تعليق(?:اً|ا)?|اترك تعليق(?:اً|ا)?)\s?(?:\(\d{1,5}\)|:)?$/u, maxWords: 6, opensComments: true },
  { reason: 'share', detail: 'Share buttons.', pattern: /^(?:شارك|مشاركة|شارك المقال|شارك الخبر)(?:\s?:.{0,80})?$/u, maxWords: 12 },
  { reason: 'copyright', detail: 'A copyright notice.', pattern: /جميع الحقوق محفوظة|حقوق النشر محفوظة/u, maxWords: 60 },
  { reason: 'newsletter', detail: 'A newsletter or subscription call.', pattern: /^(?:اشترك في (?:النشرة|نشرتنا)|اشترك الآن|سجل في النشرة)/u, maxWords: 30 },
  { reason: 'navigation', detail: 'Links to other articles under a "read also" label.', pattern: /^(?:اقرأ أيض(?:اً|ا)|اقرأ المزيد|الأكثر قراءة|مواضيع ذات صلة)\s?:?/u, maxWords: 40 },
  { reason: 'disclaimer', detail: "A disclaimer of the publisher's responsibility.", pattern: /(?:يعبر|تعبر) عن رأي (?:كاتبه|كاتبها|الكاتب)|لا (?:يعبر|تعبر) بالضرورة عن/u, maxWords: 60 },
  { reason: 'navigation', detail: 'A heading over links to other articles.', pattern: /^(?:related(?: coverage| stories| articles| news| content)?|more on this story|more from [\p{L}\p{N} ]{1,30}|you may also like|further reading|sur le même sujet|à lire aussi|noticias relacionadas|te puede interesar|mehr zum thema|das könnte sie auch interessieren|по теме|читайте также)\s?:?$/iu, maxWords: 8, opensRelated: true },
  { reason: 'navigation', detail: 'Links to other articles after a "more on this story" label.', pattern: /^(?:more on this story|more from [\p{L}\p{N} ]{1,30}|related coverage|related stories|noticias relacionadas|sur le même sujet)\s?:/iu, maxWords: 40 },
  { reason: 'navigation', detail: 'A breadcrumb trail ("you are here").', pattern: /^(?:you are here|sie sind hier|vous êtes ici|usted está en|estás en|вы здесь)\s?:/iu, maxWords: 20 },
  { reason: 'metadata', detail: 'A picture caption or credit.', pattern: /^(?:image caption|caption|photo caption|picture|légende|crédit photo|pie de foto|foto|bildunterschrift|подпись к фото)\s?:/iu, maxWords: 40 },
  { reason: 'comments', detail: 'A note that comments are closed.', pattern: /^(?:comments are closed|commenting (?:is|has been) (?:closed|disabled)|les commentaires sont fermés|los comentarios están cerrados|comentarios cerrados|die kommentarfunktion ist geschlossen|kommentare sind geschlossen|комментарии закрыты)/iu, maxWords: 12 },
  { reason: 'newsletter', detail: 'A call to action: notifications or a petition.', pattern: /^(?:¿)?(?:(?:do you )?want to (?:receive|get) (?:breaking news )?(?:notifications|alerts)|(?:quieres|desea) recibir (?:notificaciones|alertas)|voulez-vous recevoir (?:les )?(?:notifications|alertes)|activez les notifications|benachrichtigungen aktivieren|möchten sie benachrichtigungen|sign (?:our|the) petition|signez (?:notre|la) pétition|firma (?:nuestra|la) petición|unterschreiben sie (?:unsere|die) petition)/iu, maxWords: 30 },
  // share widgets
  { reason: 'share', detail: 'Share buttons.', pattern: new RegExp(String.raw`^${SHARE_WORD}(?:[\s,|/·•]{1,5}${SHARE_WORD}){0,12}$`, 'iu'), maxWords: 20 },
  // navigation
  { reason: 'navigation', detail: 'A navigation link of the page.', pattern: /^(?:skip to (?:main )?content|skip navigation|(?:main )?menu|search|back to top|view all|see all|read more|see more|more stories|more news|load more|related(?: articles| stories| posts| news)?|next(?: article| story| post)?|previous(?: article| story| post)?|toggle navigation|you may also like|recommended(?: for you)?|most read|most popular|trending now)$/i, maxWords: 5 },
  { reason: 'navigation', detail: 'A section label of the site.', pattern: new RegExp(String.raw`^${SECTION}(?:\s?[:>»/|]\s?${SECTION}){0,4}\s?:?$`, 'iu'), maxWords: 6 },
  { reason: 'navigation', detail: 'Links to other articles under a "most read" or "see also" label.', pattern: /^(?:most read|most popular|read also|see also|related|more news|más noticias|plus d['’]actualités|weitere nachrichten|другие новости|lo más (?:visto|leído)|te puede interesar|les plus lus|à lire aussi|lire aussi|voir aussi|meistgelesen|auch interessant|mehr zum thema|самое читаемое|читайте также)\s?:/iu, maxWords: 40 },
  { reason: 'navigation', detail: 'A link to a list of other articles.', pattern: /\b(?:view all|see all|more from)$/i, maxWords: 6 },
  { reason: 'navigation', detail: 'A breadcrumb trail.', pattern: /^[\p{L}\p{N} ]{1,30}(?:\s[>»›/]\s[\p{L}\p{N} ]{1,30}){2,6}$/u, maxWords: 15 },
  // metadata
  { reason: 'metadata', detail: 'A "fact checked by" credit line.', pattern: /^(?:fact[- ]?checked|reviewed|edited) by\b/i, maxWords: 15 },
  { reason: 'metadata', detail: 'A metadata line (date, time, code, view count).', pattern: /^(?:date|time|published|updated|last updated|posted(?: on)?|news code|news id|story code|view|views|reads|reading time|source|photo|image|credit|credits|tags?|category|categories|filed under|topics?|location|dateline)\s?:\s?.{0,120}$/i, maxWords: 9 },
  { reason: 'metadata', detail: 'A bare date or time stamp.', pattern: /^(?:[\p{N}]{1,4}[\s/.:,-]{1,3}){1,7}[\p{N}]{1,4}$/u, maxWords: 8 },
  { reason: 'metadata', detail: 'A date line: when the story was published.', pattern: /^(?:(?:published|updated|posted)\s)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s)?(?:\d{1,2}\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?,?(?:\s\d{4})?(?:,?\s(?:at\s)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?(?:\s[a-z]{2,4})?$/i, maxWords: 10 },
  { reason: 'metadata', detail: 'A byline: who wrote the story, not a sentence of it.', pattern: /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Ww]ords by|[Ss]tory by)\s?:?\s?[\p{Lu}][\p{L}.'’-]{0,30}(?:\s(?:and\s)?[\p{Lu}][\p{L}.'’-]{0,30}){0,4}$/u, maxWords: 8 },
  { reason: 'metadata', detail: 'A reading-time, view or share counter.', pattern: /^\d{1,3}(?:[,.]\d{3}){0,3}\s(?:min(?:ute)?s? read|views?|shares?|reads)$/i, maxWords: 5 },
  { reason: 'metadata', detail: 'A contact line for the publisher.', pattern: /^(?:for )?(?:media |press |editorial )?(?:inquiries|enquiries|contact(?: us)?)\b.{0,80}$/i, maxWords: 12 },
  { reason: 'metadata', detail: 'A label introducing the report, not a sentence of it.', pattern: /^(?:in-depth report|special report|exclusive|breaking(?: news)?|live updates?|watch|listen|update|editor's note|advertisement|sponsored(?: content)?)\s?:?$/i, maxWords: 4 },
  // disclaimers and notices
  { reason: 'disclaimer', detail: "A disclaimer of the publisher's responsibility.", pattern: /\bnot a substitute for (?:professional )?(?:medical )?advice|\bfor (?:general )?information(?:al)? (?:purposes )?only\b|\bno se hace responsable|\bno se responsabiliza|\bne (?:saurait|peut) être tenue? (?:pour )?responsable|\bn'engagent que leurs? auteurs?|(?<![\p{L}\p{N}])übernimmt keine (?:haftung|verantwortung)|(?<![\p{L}\p{N}])не нес[её]т ответственности|(?<![\p{L}\p{N}])мнение редакции может не совпадать|no sustituye (?:la consulta|el consejo|a un)|ne remplace pas (?:une|la|un) (?:consultation|avis)|ersetzt keine (?:ärztliche|medizinische|professionelle)|не заменяет консультаци|носит (?:исключительно )?информационный характер/iu, maxWords: 120 },
  { reason: 'disclaimer', detail: "A disclaimer of the publisher's responsibility.", pattern: /^disclaimer\b|\bthe (?:views|opinions) expressed (?:in this|here|are)|\bsole responsibility of the author|\bdo(?:es)? not necessarily (?:reflect|represent)|\bwill not be (?:held )?responsible for any/i, maxWords: 400 },
  { reason: 'copyright', detail: 'A copyright or fair-use notice.', pattern: /^(?:©|\(c\)\s?\d{4}|copyright\b)|\ball rights reserved\b|\btous droits réservés|\btodos los derechos reservados|\balle rechte vorbehalten|(?<![\p{L}\p{N}])все права защищены|protégée?s? par le droit d['’]auteur|protegid[oa]s? por (?:los )?derechos de autor|urheberrechtlich geschützt|защищен\p{L}{0,2} авторским правом|\bcopyrighted material\b|\bunder the provisions of "?fair use|\bpermission to (?:cross-post|republish|reproduce)\b/iu, maxWords: 400 },
  // author biographies
  { reason: 'author_bio', detail: 'An "about the author" note.', pattern: /^(?:about the author|à propos de l['’]auteur|a propos de l['’]auteur|sobre el autor|acerca del autor|über den autor|zum autor|об авторе)\s?:/iu, maxWords: 120 },
  { reason: 'author_bio', detail: 'An "about the author" heading.', pattern: /^[Aa]bout (?:the )?(?:author|writer|contributor)s?\b|^[Aa]bout [\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’-]{1,30}){0,3}(?:\s\d{1,7}\s(?:[Aa]rticles?|[Pp]osts?|[Ss]tories))?$/u, maxWords: 10 },
  { reason: 'author_bio', detail: 'A line about the author.', pattern: /^(?:[Ff]ollow (?:him|her|them|me) on|[\p{Lu}][\p{L}'’-]{1,30}(?:\s[\p{Lu}][\p{L}'’-]{1,30}){0,3} is an? (?:freelance |senior |staff |investigative )?(?:journalist|reporter|correspondent|writer|editor|columnist|author|contributor)\b)/u, maxWords: 80, tailOnly: true },
];
