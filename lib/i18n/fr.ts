// French dictionary: the reference shape every other language must match (see ./index.ts).
import type { BuiltInUnit } from "../dataset/schema";
import { hoursAndMinutes } from "../present/stale";

/** A figure in its unit: the number as written (« 10 000 ») and the number itself, for the plural. */
type WithUnit = (value: string, n: number) => string;

/**
 * "de" before a name or a noun phrase, as French writes it: elided before a vowel or a name's
 * mute H (« d’Agnès Buzyn », « d’Hélène Aubépin »), contracted with a lower-case article (« des conseils de quartier », « du maire »),
 * else « de Rachida Dati », « de chaque mairie », « de la ville ». (A name's capital « Le » stays.)
 */
const de = (name: string) => {
  if (name.startsWith("les ")) return `des ${name.slice(4)}`;
  if (name.startsWith("le ")) return `du ${name.slice(3)}`;
  return /^(?:[aeiouyàâäéèêëîïôöûùüAEIOUYÀÂÄÉÈÊËÎÏÔÖÛÙÜ]|H[aeiouyàâäéèêëîïôöûùü])/.test(name) ? `d’${name}` : `de ${name}`;
};

/** Each unit with its number; French keeps 0 and 1 singular (« 0 jour », « 1 jour »). */
const units: Record<BuiltInUnit, WithUnit> = {
  multiplier: (v) => `×${v}`,
  nights: (v, n) => `${v} ${n < 2 ? "nuitée" : "nuitées"}`,
  days: (v, n) => `${v} ${n < 2 ? "jour" : "jours"}`,
  "calendar-year": (v) => v,
  ordinal: (v) => (v === "1" ? "1re" : `${v}e`),
};

/** Items as a sentence lists them: "a, b et c". */
function listOf(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

export const fr = {
  localeName: "Français",
  // French typography: a no-break space before two-part punctuation.
  punctuation: { colon: "\u00a0: ", semicolon: "\u00a0; " },
  site: {
    skipToContent: "Aller au contenu",
    switchLanguage: "English version",
  },
  catalogue: {
    title: "Élections\u00a0: les programmes des candidats",
    lead: "Un tableau de bord par élection\u00a0: les programmes des candidats comparés thème par thème, chaque position reliée à sa source.",
    heading: "Les élections",
    round: (n: number, date: string, asAnnounced: boolean) => `${n === 1 ? "1er" : `${n}e`} tour${asAnnounced ? ", annoncé pour le" : " le"} ${date}`,
  },
  intro: {
    sourceLabel: "Source",
    sourceNote: "Citations en français, reproduites à l’identique. Les résumés sont de la rédaction du tableau de bord.",
    datasetLink: "Données au format JSON",
  },
  nav: { label: "Sommaire", dashboard: "Le tableau de bord", candidates: "Les candidats", themes: "Thèmes", figures: "Les chiffres", terms: "Les mots employés" },
  candidates: {
    party: "Parti ou étiquette",
    spokespeople: "Porte-parole cités",
    /** The heading of a candidate's page above their positions. */
    positions: "Ses positions, thème par thème",
    description: (name: string) => `Les positions ${de(name)} thème par thème, avec les passages de l’article qui les rapportent.`,
    /** From one of a candidate's positions to the theme's page, where the others stand beside it. */
    compare: (theme: string) => `Tous les candidats sur « ${theme} »`,
  },
  themes: {
    section: "Section de l’article",
    trend: (rank: number) => (rank === 1 ? "1re tendance des programmes selon l’article" : `${rank}e tendance des programmes selon l’article`),
    contested: "Thème disputé : la position de chacun est indiquée.",
    /** The heading of a theme's page above each candidate's position. */
    positions: "La position de chaque candidat",
    description: (label: string) => `La position de chaque candidat sur « ${label} », avec les passages de l’article qui la rapportent.`,
    /** From one candidate's position on the theme to their page. */
    allOf: (name: string) => `Toutes les positions ${de(name)}`,
  },
  /** The election's reference pages: a page per candidate and per theme, the figures, the words. */
  reference: {
    back: "Retour au tableau de bord",
    pages: "Les pages de l’élection",
  },
  levels: {
    label: "Niveau codé\u00a0:",
    0: "Non mentionné par l’article",
    1: "Position, sans mesure concrète",
    2: "Au moins une proposition concrète",
    3: "Proposition phare selon l’article",
  },
  stances: {
    label: "Position\u00a0:",
    against: "Contre",
    conditional: "Ouvert sous conditions",
    undecided: "Indécis",
    "not-mentioned": "Non mentionné",
  },
  proposal: {
    measure: "Mesure",
    stance: "Position",
    flagship: "Phare",
    quotesLabel: "Citations de l’article",
    note: "Note\u00a0:",
  },
  // Whose words a quote holds: the article's narration, direct speech and its speaker, the position's owner.
  voice: {
    /** The label above a passage: the article is its source. */
    article: "L’article\u00a0:",
    /** The label above a passage that is one person's words from end to end. */
    cites: (speaker: string) => `L’article cite ${speaker}\u00a0:`,
    citesUnnamed: "L’article cite ces propos sans dire de qui\u00a0:",
    quoted: (words: string) => `«\u00a0${words}\u00a0»`,
    speaker: {
      candidates: (names: string) => `les candidats ${names}`,
      spokesperson: (name: string, role: string) => `${name}, ${role.charAt(0).toLowerCase()}${role.slice(1)}`,
      list: (candidate: string) => `la liste ${de(candidate)}`,
      party: (party: string, candidate: string | undefined) => (candidate ? `${party}, le parti ${de(candidate)}` : party),
      unnamed: "propos cités sans que l’article dise de qui",
      channel: { programme: "dans son programme", website: "sur le site du mouvement" },
    },
    owner: {
      candidate: (name: string, channel: string | undefined) => `Position ${de(name)}${channel ? `, ${channel}` : ""}, selon l’article`,
      spokesperson: (candidate: string, speaker: string) => `Position ${de(candidate)}, exprimée par ${speaker}, selon l’article`,
      list: (candidate: string) => `Position de la liste ${de(candidate)}, selon l’article`,
      party: (party: string, candidate: string | undefined, channel: string | undefined) =>
        `Position de ${party}${candidate ? `, le parti ${de(candidate)}` : ""}${channel ? `, ${channel}` : ""}, selon l’article`,
      article: "Constat de l’article",
    },
    /** A theme's statement about every candidate, shown on its silent cells. */
    aboutAll: "Ce que l’article dit de tous les candidats sur ce thème, sans en nommer aucun\u00a0:",
    aboutAllOwner: "Constat de l’article sur tous les candidats",
    aboutAllTip: (summary: string) => `L’article, de tous les candidats\u00a0: ${summary}`,
    restates: "Même proposition que sous",
    /** A theme named in running text. */
    themeName: (label: string) => `«\u00a0${label}\u00a0»`,
    countedOnce: "comptée une fois",
    qualifier: "Nuance apportée par l’article",
    sourcing: "Comment l’article a recueilli ses positions\u00a0:",
    /** The source of every quote, in a CSV column. */
    source: "L’article",
    derived: "Calcul du tableau de bord à partir des citations",
    columns: {
      theme: "Thème",
      summary: "Proposition (résumé)",
      owner: "À qui est la position",
      source: "Source de la citation",
      passage: "Passage de l’article",
      speech: "Paroles rapportées",
      speakers: "Qui parle, à quel titre",
    },
  },
  // The corrections log, versions, and the corrected marks.
  corrections: {
    title: "Journal des corrections",
    intro:
      "Après sa publication, le jeu de données ne change que par des corrections\u00a0: chacune est listée ici, la plus récente en premier, avec sa date, sa raison et chaque valeur avant et après.",
    published: (date: string, version: string) => `Première publication le ${date} (version 1, ${version}).`,
    current: (n: number, version: string) => `Version en ligne\u00a0: ${n} (${version}).`,
    none: "Aucune correction depuis la publication.",
    heading: (n: number, date: string) => `Correction ${n}, le ${date}`,
    reason: "Raison\u00a0:",
    versions: (from: number, fromId: string, to: number, toId: string) => `Version ${from} (${fromId}) → version ${to} (${toId})`,
    versionData: (n: number) => `Données de la version ${n} (JSON)`,
    changes: "Valeurs modifiées",
    before: "Avant",
    after: "Après",
    absent: "(absent)",
    yes: "oui",
    no: "non",
    feed: "Flux Atom des corrections",
    logLink: "Journal des corrections",
    correctedOn: (date: string) => `Corrigé le ${date}`,
    dataVersion: (n: number, version: string, date?: string) => `Données version ${n} (${version})${date ? `, corrigée le ${date}` : ""}.`,
    pinnedNotice: (n: number, version: string) => `Vous consultez la version ${n} des données (${version}), telle qu’elle était avant une ou plusieurs corrections.`,
    seeLatest: (n: number) => `Voir la version à jour (version ${n})`,
    embedVersion: "Version des données",
    embedLatest: "Toujours la dernière version (les corrections s’afficheront)",
    embedPinned: (n: number, version: string) => `Cette version seulement (version ${n}, ${version})`,
    datum: {
      proposal: (name: string, theme: string) => `Proposition ${de(name)} · ${theme}`,
      cell: (name: string, theme: string) => `Case ${name} × ${theme}`,
      figure: (who: string, measure: string) => `Chiffre · ${who} · ${measure}`,
      city: "la ville",
      someCandidates: "des candidats",
      term: (term: string) => `Mot « ${term} »`,
      theme: (label: string) => `Thème « ${label} »`,
      candidate: (name: string) => `Fiche ${de(name)}`,
      spokesperson: (name: string) => `Porte-parole\u00a0: ${name}`,
      measure: (label: string) => `Mesure chiffrée « ${label} »`,
      election: "L’élection",
      source: "La source",
    },
    whole: "L’élément entier",
    inLanguage: { fr: "en français", en: "en anglais" },
    quoteAdded: "Citation ajoutée",
    quoteRemoved: "Citation retirée",
    quoteChanged: "Citation modifiée",
    round: (n: number) => `Tour ${n}`,
    announced: "date annoncée avant le vote",
    fields: {
      summary: "Résumé",
      label: "Libellé",
      shortLabel: "Libellé court",
      description: "Description",
      note: "Note",
      level: "Niveau codé",
      stance: "Position",
      kind: "Type",
      flagship: "Proposition phare",
      attribution: "Attribution",
      theme: "Thème",
      candidate: "Candidat",
      restates: "Reprend la proposition",
      value: "Valeur",
      claim: "Constat",
      subject: "De qui",
      measure: "Mesure",
      proposal: "Proposition liée",
      quotes: "Citations",
      qualifier: "Réserve de l’article",
      sectionQuote: "Titre de la section de l’article",
      aboutAll: "Ce que l’article dit de tous les candidats",
      sourcing: "Comment l’article a recueilli ses positions",
      doubts: "Incertitudes",
      rounds: "Tours",
      name: "Nom",
      spellings: "Graphies",
      party: "Parti",
      affiliation: "Étiquette",
      role: "Rôle",
      term: "Mot",
      trendRank: "Rang parmi les tendances",
      contested: "Thème disputé",
      citation: "Citation de la source",
      for: "Porte-parole de",
      id: "Identifiant",
    } as Record<string, string>,
  },
  figures: {
    heading: "Les chiffres",
    intro: "Tous les nombres que l’article donne pour un candidat ou pour la ville, avec leurs unités et leurs incertitudes.",
    caption: "Chiffres cités par l’article",
    subject: "Qui",
    measure: "Quoi",
    value: "Valeur",
    doubts: "Incertitudes",
    /** The city as a figure's subject: the election's city. */
    city: (city: string) => `Ville ${de(city)}`,
    candidates: "Des candidats, sans les nommer",
    approximate: "environ",
    perYear: "par an",
    or: "ou",
    general: "en général",
    chosenBy: (who: string) => `au choix ${de(who)}`,
  },
  units,
  terms: {
    heading: "Les mots employés",
    intro: "Ce que l’article dit des mots des programmes.",
    absentFrom: (term: string, count: number, outOf: number, corpus: string) => `« ${term} » : absent de ${count} des ${outOf} ${corpus}. L’article ne les nomme pas.`,
    usedBy: (term: string, names: string) => `« ${term} » : employé par ${names}.`,
  },
  list: listOf,
  view: {
    heading: "Filtrer les graphiques",
    show: "Candidats affichés",
    highlight: "Mettre en avant",
    none: "Personne",
    apply: "Appliquer",
    reset: "Tout réafficher",
  },
  theme: { toggle: "Thème sombre" },
  // Words of the chart kinds, true of any election: each instance's title, takeaway and notes come from its dataset.
  charts: {
    heading: "Les graphiques",
    table: "Voir les données en tableau",
    notes: "Méthode et unités",
    sourceLine: (citation: string) => `Source\u00a0: ${citation}.`,
    candidate: "Candidat",
    close: "Fermer",
    panelHeading: (name: string, theme: string) => `${name} · ${theme}`,
    /** What a chart offers beyond each mark's own link: where every quote behind it is. */
    reference: {
      headings: "Le nom de chaque candidat et de chaque thème mène à sa page, avec toutes les citations.",
      figures: "Tous les chiffres de l’article, avec leurs citations",
      terms: "Ce que l’article dit des mots, avec ses citations",
    },
    heatmap: {
      takeaway: (universal: string[], silent: number, total: number) =>
        `${universal.length === 0 ? "Aucun thème n’est abordé par tous les candidats affichés" : `${universal.length === 1 ? "Seul le thème" : "Seuls les thèmes"} ${listOf(universal)} ${universal.length === 1 ? "est abordé" : "sont abordés"} par tous les candidats affichés`}\u00a0; l’article ne dit rien de ${silent} des ${total} croisements candidat × thème.`,
      /** `contested`: the contested themes' names, already listed (« Drones »); empty: no stance is drawn. */
      description: (themes: number, candidates: number, contested: string) =>
        `Grille de ${themes} thèmes sur ${candidates} candidats. Chaque case porte un niveau codé de 1 (position sans mesure) à 3 (proposition phare), plus foncé quand il est plus élevé\u00a0; les cases hachurées signifient que l’article ne mentionne rien.${contested ? ` Sur ${contested}, un symbole indique la position\u00a0: ✕ contre, ◐ sous conditions, ? indécis.` : ""}`,
      silent: ["non", "mentionné"] as [string, string],
      legendLevels: "Niveaux",
      // The coded digit the cell shows is in its name too, so what a voice-control user reads out matches.
      cellLabel: (name: string, theme: string, level: number, levelText: string, stance: string | null, proposals: number) =>
        `${name}, ${theme}\u00a0: ${level === 0 ? levelText : `niveau ${level}, ${levelText.charAt(0).toLowerCase()}${levelText.slice(1)}`}${stance ? `, position ${stance}` : ""}${proposals ? ` (${proposals} proposition${proposals > 1 ? "s" : ""})` : ""}.`,
    },
    figureBars: {
      /** The kind's own takeaway, for an instance whose dataset writes none. */
      takeaway: (count: number, values: string, missing: number) =>
        `${count === 0 ? "Aucun candidat affiché ne donne de chiffre" : `${count === 1 ? "Un candidat donne un chiffre" : `${count} candidats donnent un chiffre`}\u00a0: ${values}`}${missing ? `\u00a0; ${missing === 1 ? "l’autre n’en avance" : `les ${missing} autres n’en avancent`} aucun dans l’article` : ""}.`,
      withoutFigure: (items: string) => `Sans chiffre\u00a0: ${items}.`,
      noFigure: "aucun chiffre dans l’article",
      stance: (theme: string, stance: string) => `${theme}\u00a0: ${stance}`,
      option: "option",
      doubts: "Incertitudes",
    },
    termUsage: {
      /** The kind's own takeaway when the article makes no absent-from claim and the dataset writes none. */
      takeaway: "Ce que l’article dit des mots employés, et leurs occurrences dans les citations.",
      /** The takeaway of the slide that shows only the derived counts: they are the dashboard's, not the article's finding. */
      derivedTakeaway: "Compté par le tableau de bord dans les citations des propositions\u00a0: ce n’est pas un constat de l’article.",
      headings: { article: "Ce que dit l’article", derived: "Dérivé\u00a0: occurrences dans les citations des propositions" },
      absentCaption: (term: string, count: number, outOf: number, corpus: string) => `« ${term} » absent de ${count} des ${outOf} ${corpus} (l’article ne les nomme pas)`,
      usedCaption: (term: string) => `« ${term} », employé par`,
      used: (name: string, term: string, used: boolean) => `${name} ${used ? "emploie" : "n’est pas cité comme employant"} « ${term} »`,
      count: (name: string, keyword: string, count: number) => `${name}\u00a0: ${count} occurrence${count > 1 ? "s" : ""} de « ${keyword} » dans les citations`,
      columns: { fact: "Constat de l’article", keyword: "Mot-clé (dérivé)" },
    },
  },
  embed: {
    fullDashboard: "Voir le tableau de bord complet",
    download: "Télécharger\u00a0:",
    open: "Intégrer ou télécharger",
    dialogTitle: (title: string) => `Intégrer «\u00a0${title}\u00a0»`,
    lang: "Langue",
    theme: "Thème",
    themes: { auto: "Celui du lecteur (automatique)", light: "Clair", dark: "Sombre" },
    highlight: "Mettre en avant",
    code: "Code à coller dans votre article",
    copy: "Copier le code",
    copied: "Code copié",
    preview: "Aperçu",
    close: "Fermer",
  },
  present: {
    title: "Présentation",
    slideOf: (n: number, total: number) => `Diapositive ${n} sur ${total}`,
    stale: (time: string, minutes: number) => {
      const { hours, minutes: past } = hoursAndMinutes(minutes);
      return `Non mis à jour depuis ${time} (${minutes < 1 ? "moins d’une minute" : hours ? `${hours} h ${past}` : `${minutes} min`})`;
    },
    rounds: (first: string, second: string, secondAsAnnounced: boolean) => `Premier tour le ${first}, second tour ${secondAsAnnounced ? `annoncé par l’article pour le ${second}` : `le ${second}`}`,
    revealed: (n: number, total: number) => `${n} thème${n > 1 ? "s" : ""} sur ${total}`,
    /** Which items a slide of a chart split over several shows: "thèmes 5 à 7 sur 7". */
    part: (axis: "themes" | "candidates" | "sections", first: number, last: number, total: number) =>
      `${{ themes: "thèmes", candidates: "candidats", sections: "partie" }[axis]} ${first === last ? first : `${first} à ${last}`} sur ${total}`,
    positions: "Positions par thème",
    keyQuote: "Citation clé",
    sourcesTitle: "Sources et méthode",
    sourcesData: (url: string) => `Données vérifiables\u00a0: ${url}\u00a0; chaque donnée porte ses citations mot pour mot.`,
    notes: { heading: "Notes de l’orateur", current: "Diapositive en cours", next: "Suivante", end: "Fin de la présentation", clock: "Heure", elapsed: "Écoulé", points: "À dire" },
    // The corrected mark (audience screen) and what changed (notes window).
    corrected: {
      mark: "Corrigé",
      heading: "Corrigé sur cette diapositive",
      entry: (date: string) => `Correction du ${date}`,
    },
    // The grid of every slide (`O`), on either window.
    overview: {
      open: "Vue d’ensemble",
      heading: "Vue d’ensemble des diapositives",
      close: "Fermer",
      current: "En cours",
      tile: (n: number, total: number, title: string, current: boolean) => `Diapositive ${n} sur ${total}\u00a0: ${title}${current ? " (en cours)" : ""}`,
    },
    // The notes window's elapsed timer and, with ?duration=, its pacing bar.
    timer: { start: "Démarrer", pause: "Pause", reset: "Remettre à zéro", paused: "en pause" },
    pace: {
      heading: "Rythme",
      planned: (elapsed: string, minutes: number) => `${elapsed} sur ${minutes}\u00a0min prévues`,
      where: (expected: number, current: number) => `Prévu\u00a0: diapositive ${expected}\u00a0; en cours\u00a0: ${current}`,
      behind: (n: number) => `${n} diapositive${n > 1 ? "s" : ""} de retard`,
      ahead: (n: number) => `${n} diapositive${n > 1 ? "s" : ""} d’avance`,
      onTime: "Dans les temps",
      over: (minutes: number) => `Temps dépassé de ${minutes}\u00a0min`,
    },
    // The state of the served data: notes window only, never on the audience screen.
    status: {
      heading: "État des données",
      version: (n: number, id: string) => `Version ${n} (${id})`,
      checked: (time: string) => `Fichier vérifié à ${time}`,
      refused: (time: string, problems: string) => `Correction refusée à ${time}\u00a0: ${problems}`,
    },
    help: {
      heading: "Commandes",
      close: "Échap ou ? pour fermer",
      keys: [
        ["→ ↓ Page suivante Espace N", "Diapositive suivante"],
        ["← ↑ Page précédente P", "Diapositive précédente"],
        ["Début / Fin", "Première / dernière diapositive"],
        ["Un nombre puis Entrée", "Aller à la diapositive"],
        ["F / Échap", "Plein écran / en sortir"],
        ["B / W", "Écran noir / blanc (appuyer encore pour revenir)"],
        ["O", "Vue d’ensemble\u00a0: choisir une diapositive (flèches, puis Entrée)"],
        ["T / R", "Chronomètre des notes\u00a0: marche ou pause / remise à zéro"],
        ["?", "Afficher ou masquer cette aide"],
      ] as [string, string][],
    },
  },
  notFound: { title: "Page introuvable", body: "Cette page n’existe pas.", back: "Retour au tableau de bord" },
  footer: {
    codebook: "Méthode : chaque cellule est codée selon une règle publiée dans le livre de codes du jeu de données.",
    license: "Code libre. Les citations appartiennent à leur auteur.",
  },
};
