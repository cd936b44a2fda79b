/**
 * French articles. A fictional forest fire in the Val-d'Ornel (ornel-*)
 * reported by four outlets, and the walking study (walk-*).
 */
import type { LabelledArticle } from '../labels.js';

export const articles: LabelledArticle[] = [
  {
    id: 'fr-c1',
    language: 'fr',
    outlet: "Le Courrier de l'Ornel",
    format: 'html',
    url: 'https://courrier-ornel.example/faits-divers/incendie-val-d-ornel',
    publishedAt: '2026-07-21T06:30:00Z',
    text: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Incendie dans le Val-d'Ornel : 1 200 hectares partis en fumée</title>
<script>var _paq = window._paq || []; _paq.push(['trackPageView']);</script></head><body>
<div class="rgpd">Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités. <a href="#">Accepter</a> <a href="#">Continuer sans accepter</a></div>
<nav>Accueil | Faits divers | Politique | Sports | Culture | Annonces légales</nav>
<article>
<h1>Incendie dans le Val-d'Ornel : le feu enfin fixé après deux jours de lutte</h1>
<p class="chapo">Publié le 21/07/2026 à 08h30 &middot; Mis à jour à 10h12 &middot; Lecture 4 min</p>
<p>Le feu a parcouru 1&nbsp;200 hectares de pinède et de garrigue, selon le dernier bilan de la préfecture.</p>
<p>Quelque 300 sapeurs-pompiers venus de quatre départements ont été mobilisés, appuyés par deux avions bombardiers d'eau.</p>
<p>Par précaution, 800 habitants des Brugères et de Saint-Aulin ont été évacués vers le gymnase municipal, où la Croix-Rouge leur a servi des repas.</p>
<p>Un homme de 54 ans a été placé en garde à vue lundi soir, soupçonné d'avoir volontairement mis le feu, a indiqué le parquet.</p>
<p>&laquo;&nbsp;Nous n'avions jamais vu les flammes aussi près des maisons&nbsp;&raquo;, confie une habitante, qui a pu regagner son domicile mardi matin.</p>
<p>Aucune victime n'est à déplorer, mais un pompier a été légèrement blessé à la main.</p>
</article>
<aside class="abonnement">Cet article est réservé aux abonnés. Il vous reste 1 article gratuit ce mois-ci. Je m'abonne pour 1 € le premier mois.</aside>
<aside class="partage">Partager : Facebook Twitter WhatsApp E-mail</aside>
<section class="a-lire">À lire aussi : Sécheresse : les restrictions d'eau renforcées dans tout le département</section>
<footer>&copy; Le Courrier de l'Ornel 2026 - Tous droits réservés - Mentions légales - Politique de confidentialité</footer>
</body></html>`,
    claims: [
      { id: 'fr-c1-c1', group: 'ornel-surface', key: ['200 hectares'] },
      { id: 'fr-c1-c2', group: 'ornel-pompiers', key: ['300 sapeurs-pompiers'] },
      { id: 'fr-c1-c3', group: 'ornel-evacues', key: ['800 habitants', 'évacués'] },
      { id: 'fr-c1-c4', group: 'ornel-garde-a-vue', key: ['54 ans', 'garde à vue'] },
    ],
    boilerplate: [
      "Nous utilisons des cookies pour mesurer l'audience",
      'Accueil | Faits divers | Politique | Sports',
      'Publié le 21/07/2026 à 08h30',
      'Il vous reste 1 article gratuit ce mois-ci',
      'Partager : Facebook Twitter WhatsApp',
      "les restrictions d'eau renforcées dans tout le département",
      "© Le Courrier de l'Ornel 2026 - Tous droits réservés",
    ],
  },
  {
    id: 'fr-c2',
    language: 'fr',
    outlet: 'Radio Sud Info',
    format: 'text',
    title: "Val-d'Ornel : un suspect interpellé après l'incendie",
    publishedAt: '2026-07-21T12:00:00Z',
    text: `Radio Sud Info - L'actualité du Sud en continu
En direct | Podcasts | Météo | Trafic | Nos fréquences

Val-d'Ornel : un suspect interpellé après l'incendie

Par la rédaction de Radio Sud Info | 21 juillet 2026 à 14h00 | 2 min

Les gendarmes ont interpellé un quinquagénaire de 54 ans, soupçonné d'être à l'origine du sinistre.

L'incendie a ravagé près de mille deux cents hectares de végétation entre dimanche et mardi.

Trois cents pompiers ont combattu les flammes sans relâche, a salué le préfet lors d'un point presse.

Environ huit cents personnes avaient dû quitter leur logement dimanche soir ; la plupart sont rentrées chez elles.

Le préfet a par ailleurs annoncé l'interdiction de tout accès aux massifs forestiers jusqu'à la fin du mois d'août, en raison du risque très élevé.

Selon un élu local, le suspect était déjà connu des services de gendarmerie pour des faits similaires il y a une dizaine d'années, une information que le parquet n'a pas confirmée.

Écoutez notre journal de 18 heures pour suivre l'évolution de la situation.
Téléchargez l'application Radio Sud Info pour recevoir nos alertes.
Radio Sud Info © 2026 - Tous droits réservés`,
    claims: [
      { id: 'fr-c2-c1', group: 'ornel-garde-a-vue', key: ['interpellé', '54 ans'] },
      { id: 'fr-c2-c2', group: 'ornel-surface', key: ['mille deux cents hectares'] },
      { id: 'fr-c2-c3', group: 'ornel-pompiers', key: ['Trois cents pompiers'] },
      { id: 'fr-c2-c4', group: 'ornel-evacues', key: ['huit cents personnes'] },
      { id: 'fr-c2-c5', group: 'ornel-interdiction', key: ["interdiction de tout accès", 'fin du mois'] },
    ],
    boilerplate: [
      "Radio Sud Info - L'actualité du Sud en continu",
      'En direct | Podcasts | Météo | Trafic',
      'Par la rédaction de Radio Sud Info | 21 juillet 2026',
      'Écoutez notre journal de 18 heures',
      "Téléchargez l'application Radio Sud Info",
      'Radio Sud Info © 2026',
    ],
  },
  {
    id: 'fr-c3',
    language: 'fr',
    outlet: 'Ornel Libre',
    format: 'text',
    publishedAt: '2026-07-22T20:15:00Z',
    text: `ORNEL LIBRE - l'info que les médias officiels cachent
Accueil - Nos enquêtes - Vidéos - Soutenez-nous

INCENDIE : ET SI ON NOUS MENTAIT ?

22 juillet 2026 | 3 458 vues | 27 réactions

On nous raconte qu'un pyromane de 54 ans a été arrêté. Pratique, non ?

Plusieurs témoins affirment que le feu est parti d'une ligne électrique mal entretenue par l'opérateur, ce que personne ne veut dire.

Résultat : presque 1200 ha de forêt détruits, et des centaines de familles chassées de chez elles.

On parle de 800 évacués, mais combien ont vraiment reçu de l'aide ?

Et pendant ce temps, les 300 pompiers mobilisés manquaient de tout, à commencer par des camions en état de marche.

Nous demandons une enquête indépendante, pas une version arrangée par la préfecture.

Partagez cet article avant qu'il ne soit censuré !
Soutenez l'information libre : faites un don de 5 €, 10 € ou 20 €.

A propos de l'auteur : Jean-Marc, ancien agent forestier, enquête depuis quinze ans sur ce que les autorités préfèrent taire.

27 réactions
Nadine83 : Merci, enfin quelqu'un qui ose le dire.
Paulo : La ligne électrique, j'en ai entendu parler aussi au marché.`,
    claims: [
      { id: 'fr-c3-c1', group: 'ornel-garde-a-vue', key: ['54 ans', 'arrêté'] },
      { id: 'fr-c3-c2', group: 'ornel-ligne-electrique', key: ['ligne électrique', 'mal entretenue'] },
      { id: 'fr-c3-c3', group: 'ornel-surface', key: ['1200 ha'] },
      { id: 'fr-c3-c4', group: 'ornel-evacues', key: ['800 évacués'] },
      { id: 'fr-c3-c5', group: 'ornel-pompiers', key: ['300 pompiers'] },
    ],
    boilerplate: [
      "l'info que les médias officiels cachent",
      'Accueil - Nos enquêtes - Vidéos - Soutenez-nous',
      '22 juillet 2026 | 3 458 vues | 27 réactions',
      "Partagez cet article avant qu'il ne soit censuré",
      "Soutenez l'information libre",
      "A propos de l'auteur : Jean-Marc, ancien agent forestier",
      "Merci, enfin quelqu'un qui ose le dire.",
      "La ligne électrique, j'en ai entendu parler aussi au marché.",
    ],
  },
  {
    id: 'fr-c4',
    language: 'fr',
    outlet: 'Agence Presse Régions',
    format: 'html',
    publishedAt: '2026-07-20T22:05:00Z',
    text: `<html><body>
<div class="bandeau">APR - Agence Presse Régions | Fil général | Dépêches | Photos</div>
<div class="depeche">
<h1>Feu de forêt dans le Val-d'Ornel : des centaines d'habitants évacués</h1>
<p class="date">20/07/2026 22:05 - Dernière modification : 20/07/2026 23:40</p>
<p>Saint-Aulin (APR) - Un violent feu de forêt s'est déclaré dimanche vers 15 heures près du hameau des Brugères, a indiqué la préfecture, qui redoute une nuit difficile en raison du vent.</p>
<p>Quelque 800 riverains ont été mis à l'abri dans la soirée, a précisé la sous-préfète.</p>
<p>Les moyens engagés ont été portés à 300 pompiers et deux Canadair dans la soirée.</p>
<p>La ligne ferroviaire régionale entre Saint-Aulin et Brugères a été coupée par mesure de sécurité et le trafic ne reprendra pas avant mercredi.</p>
<p>L'origine du sinistre n'est pas connue à ce stade ; une enquête a été ouverte.</p>
<p>Le département est placé en vigilance rouge pour le risque d'incendie depuis vendredi, après plusieurs semaines sans pluie et des températures dépassant 38 degrés.</p>
</div>
<div class="droits">Tous droits de reproduction et de représentation réservés. Les dépêches APR sont protégées par le droit d'auteur.</div>
<div class="newsletter">Recevez chaque matin l'essentiel de l'actualité régionale : inscrivez-vous à notre lettre.</div>
</body></html>`,
    claims: [
      { id: 'fr-c4-c1', group: 'ornel-depart', key: ['dimanche vers 15 heures', 'Brugères'] },
      { id: 'fr-c4-c2', group: 'ornel-evacues', key: ['800 riverains'] },
      { id: 'fr-c4-c3', group: 'ornel-pompiers', key: ['300 pompiers', 'Canadair'] },
      { id: 'fr-c4-c4', group: 'ornel-train-coupe', key: ['ligne ferroviaire', 'coupée'] },
    ],
    boilerplate: [
      'APR - Agence Presse Régions | Fil général',
      'Dernière modification : 20/07/2026 23:40',
      'Tous droits de reproduction et de représentation réservés',
      'Les dépêches APR sont protégées',
      "Recevez chaque matin l'essentiel de l'actualité régionale",
    ],
  },
  {
    id: 'fr-f1',
    language: 'fr',
    outlet: 'Santé Magazine en ligne',
    format: 'html',
    publishedAt: '2026-09-13T07:00:00Z',
    text: `<html><head><title>Marcher 30 minutes par jour réduirait le risque cardiaque</title></head><body>
<header>Santé Magazine en ligne &gt; Forme &gt; Cœur</header>
<p class="meta">Par Claire Dumas | Publié le 13 septembre 2026 | 3 min de lecture | 512 partages</p>
<article>
<h1>Marcher une demi-heure par jour : le cœur dit merci</h1>
<p>Une équipe de l'université de Tarnow a suivi pendant dix ans en moyenne quelque 48 000 adultes âgés de 40 à 75 ans.</p>
<p>Chez ceux qui marchaient au moins une demi-heure chaque jour, le risque de maladie cardiaque était inférieur d'un quart à celui des personnes sédentaires.</p>
<p>Les auteurs soulignent qu'il s'agit d'une étude d'observation : elle montre une association, pas un lien de cause à effet.</p>
<p>Pour les cardiologues interrogés, le message reste simple : bouger un peu tous les jours vaut mieux que de grands efforts occasionnels.</p>
<p>Monter les escaliers, descendre du bus un arrêt plus tôt ou promener le chien suffisent pour commencer, rappellent-ils.</p>
<p>L'étude doit encore être complétée par des travaux portant sur des populations plus variées, notamment des personnes ayant déjà eu un problème cardiaque.</p>
</article>
<aside>Les informations de cet article ne remplacent pas l'avis d'un médecin.</aside>
<aside>Abonnez-vous à notre newsletter bien-être et recevez nos conseils chaque semaine.</aside>
<aside>Sur le même sujet : Cinq aliments pour prendre soin de ses artères</aside>
<footer>&copy; 2026 Santé Magazine en ligne. Reproduction interdite.</footer>
</body></html>`,
    claims: [
      { id: 'fr-f1-c1', group: 'walk-cohort', key: ['48 000 adultes'] },
      { id: 'fr-f1-c2', group: 'walk-risk', key: ['demi-heure', "inférieur d'un quart"] },
    ],
    boilerplate: [
      'Santé Magazine en ligne > Forme > Cœur',
      'Par Claire Dumas | Publié le 13 septembre 2026',
      "ne remplacent pas l'avis d'un médecin",
      'Abonnez-vous à notre newsletter bien-être',
      'Cinq aliments pour prendre soin de ses artères',
      '© 2026 Santé Magazine en ligne.',
    ],
  },
];
