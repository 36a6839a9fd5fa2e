// French dictionary: the reference shape every other language must match (see ./index.ts).

/** "de" with French elision before a vowel: « d’Agnès Buzyn », « de Rachida Dati ». */
const de = (name: string) => (/^[aeiouyàâäéèêëîïôöûùü]/i.test(name) ? `d’${name}` : `de ${name}`);

export const fr = {
  localeName: "Français",
  // French typography: a no-break space before two-part punctuation.
  punctuation: { colon: "\u00a0: ", semicolon: "\u00a0; " },
  site: {
    title: "Paris 2020 : les programmes numériques des candidats",
    shortTitle: "Paris 2020 numérique",
    description:
      "Ce que les six principaux candidats à la mairie de Paris en 2020 proposaient sur le numérique, thème par thème, avec les citations de l’article qui en rendent compte.",
    skipToContent: "Aller au contenu",
    switchLanguage: "English version",
  },
  intro: {
    lead: "Six candidats, sept thèmes, chaque position reliée mot pour mot à l’article de presse qui la rapporte.",
    sourceLabel: "Source",
    sourceNote: "Citations en français, reproduites à l’identique. Les résumés sont de la rédaction du tableau de bord.",
    datasetLink: "Données au format JSON",
  },
  nav: { label: "Sommaire", candidates: "Les candidats", themes: "Thèmes", figures: "Les chiffres", terms: "Les mots employés" },
  candidates: {
    heading: "Les candidats",
    party: "Parti ou étiquette",
    spokespeople: "Porte-parole cités",
    proposals: (n: number) => (n === 0 ? "aucune proposition" : n === 1 ? "1 proposition" : `${n} propositions`),
    seeProposals: (name: string) => `Voir les propositions ${de(name)}`,
  },
  themes: {
    heading: "Thème par thème",
    section: "Section de l’article",
    trend: (rank: number) => (rank === 1 ? "1re tendance des programmes selon l’article" : `${rank}e tendance des programmes selon l’article`),
    contested: "Thème disputé : la position de chacun est indiquée.",
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
  attribution: {
    candidate: (name: string) => name,
    spokesperson: (name: string, role: string, candidate: string) => `${name}, ${role.charAt(0).toLowerCase()}${role.slice(1)}, pour ${candidate}`,
    list: (candidate: string) => `La liste ${de(candidate)}`,
    party: (party: string, candidate: string) => `${party}, le parti ${de(candidate)}`,
    article: "L’article",
    channel: { programme: "dans son programme", website: "sur le site du mouvement" },
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
  corrections: {},
  figures: {
    heading: "Les chiffres",
    intro: "Tous les nombres que l’article donne pour un candidat ou pour la ville, avec leurs unités et leurs incertitudes.",
    caption: "Chiffres cités par l’article",
    subject: "Qui",
    measure: "Quoi",
    value: "Valeur",
    doubts: "Incertitudes",
    quote: "Citation",
    city: "Ville de Paris",
    candidates: "Des candidats, sans les nommer",
    approximate: "environ",
    perYear: "par an",
    or: "ou",
    general: "en général",
    chosenBy: (who: string) => `au choix de ${who}`,
  },
  units: {
    multiplier: (v: string) => `×${v}`,
    nights: (v: string) => `${v} nuitées`,
    days: (v: string) => `${v} jours`,
    datasets: (v: string) => `${v} jeux de données`,
    "start-ups": (v: string) => `${v} start-up`,
    candidates: (v: string) => `${v} candidats`,
    "calendar-year": (v: string) => v,
    ordinal: (v: string) => (v === "1" ? "1re" : `${v}e`),
    points: (v: string) => `${v} points`,
  },
  terms: {
    heading: "Les mots employés",
    intro: "Ce que l’article dit des mots des programmes.",
    absentFrom: (term: string, count: number, outOf: number, corpus: string) =>
      `« ${term} » : absent de ${count} des ${outOf} ${corpus}. L’article ne dit pas lesquels.`,
    usedBy: (term: string, names: string) => `« ${term} » : employé par ${names}.`,
  },
  list: (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`),
  view: {
    heading: "Filtrer les graphiques",
    show: "Candidats affichés",
    highlight: "Mettre en avant",
    none: "Personne",
    apply: "Appliquer",
    reset: "Tout réafficher",
    hiddenNote: (n: number) => (n === 1 ? "1 candidat masqué" : `${n} candidats masqués`),
  },
  theme: { toggle: "Thème sombre", light: "clair", dark: "sombre" },
  charts: {
    heading: "Les graphiques",
    table: "Voir les données en tableau",
    notes: "Méthode et unités",
    sourceLine: (citation: string) => `Source\u00a0: ${citation}.`,
    candidate: "Candidat",
    openCell: "Afficher les citations",
    close: "Fermer",
    panelHeading: (name: string, theme: string) => `${name} · ${theme}`,
    "theme-heatmap": {
      title: "Qui parle de quoi, thème par thème",
      takeaway: (universal: string[], silent: number, total: number) =>
        `${universal.length === 0 ? "Aucun thème n’est abordé par tous les candidats affichés" : `${universal.length === 1 ? "Seul le thème" : "Seuls les thèmes"} ${universal.join(", ")} ${universal.length === 1 ? "est abordé" : "sont abordés"} par tous les candidats affichés`}\u00a0; l’article ne dit rien de ${silent} des ${total} croisements candidat × thème.`,
      description: (themes: number, candidates: number) =>
        `Grille de ${themes} thèmes sur ${candidates} candidats. Chaque case porte un niveau codé de 1 (position sans mesure) à 3 (proposition phare), plus foncé quand il est plus élevé\u00a0; les cases hachurées signifient que l’article ne mentionne rien. Sur la reconnaissance faciale, un symbole indique la position\u00a0: ✕ contre, ◐ sous conditions, ? indécis.`,
      notes: [
        "Niveaux codés selon le livre de codes du jeu de données\u00a0: 0 l’article ne dit rien, 1 une position sans mesure concrète, 2 au moins une proposition concrète, 3 une proposition que l’article qualifie de principale ou de phare.",
        "« Non mentionné » veut dire que l’article n’en parle pas, pas que le candidat est contre ni que son programme n’en dit rien.",
        "Activez une case pour lire les propositions et les citations qui la fondent.",
      ],
      silent: ["non", "mentionné"] as [string, string],
      legendLevels: "Niveaux",
      legendStances: "Reconnaissance faciale",
      cellLabel: (name: string, theme: string, level: string, stance: string | null, proposals: number) =>
        `${name}, ${theme}\u00a0: ${level}${stance ? `, position ${stance}` : ""}${proposals ? ` (${proposals} proposition${proposals > 1 ? "s" : ""})` : ""}.`,
    },
    cameras: {
      title: "Combien de caméras en plus\u00a0?",
      takeaway: (items: string[], others: number) =>
        `${items.length === 0 ? "Aucun candidat affiché ne chiffre la hausse des caméras" : `${items.length === 1 ? "Un candidat chiffre" : `${items.length} candidats chiffrent`} la hausse du nombre de caméras\u00a0: ${items.join(", ")}`}${others ? `\u00a0; ${others === 1 ? "l’autre n’avance" : `les ${others} autres n’avancent`} aucun chiffre dans l’article` : ""}.`,
      description: (items: string[], others: string[]) =>
        `Barres horizontales du facteur de multiplication du nombre de caméras de vidéosurveillance promis, avec une ligne de référence au nombre actuel (×1). ${items.join(". ")}.${others.length ? ` Sans chiffre\u00a0: ${others.join("\u00a0; ")}.` : ""}`,
      notes: [
        "Facteurs de multiplication tels que l’article les donne\u00a0; l’article ne donne ni le nombre actuel de caméras ni d’échéance.",
        "Les candidats sans chiffre sont listés avec leur position sur la reconnaissance faciale, pas avec une barre à ×1\u00a0: l’absence de chiffre n’est pas un statu quo.",
      ],
      reference: "aujourd’hui (×1)",
      noFigure: (stance: string) => ["aucun chiffre", `reconnaissance faciale\u00a0: ${stance}`],
      barLabel: (name: string, value: string, by: string) => `${name}\u00a0: ${value} (${by})`,
      columns: { multiplier: "Multiplication des caméras", stance: "Reconnaissance faciale" },
      none: "aucun chiffre",
    },
    "rental-caps": {
      title: "Plafonner la location de courte durée",
      takeaway: (items: string[]) =>
        items.length === 0
          ? "Aucun candidat affiché ne chiffre de plafond de location."
          : `${items.length === 1 ? "Un candidat chiffre" : `${items.length} candidats chiffrent`} un plafond, chacun à sa façon\u00a0: ${items.join("\u00a0; ")}.`,
      description: (items: string[], others: string[]) =>
        `Barres horizontales des plafonds de location de courte durée proposés, dans l’unité donnée par l’article (jours ou nuitées). ${items.join(". ")}.${others.length ? ` Sans chiffre\u00a0: ${others.join(", ")}.` : ""}`,
      notes: [
        "Unités telles que l’article les donne\u00a0: nuitées par an pour David Belliard, jours (sans « par an ») pour Anne Hidalgo et Rachida Dati. Elles ne sont pas converties.",
        "Les options (au choix des mairies d’arrondissement) et les zones (centre de Paris) sont montrées comme telles, jamais moyennées.",
      ],
      noFigure: "aucun plafond chiffré dans l’article",
      option: "option",
      columns: { cap: "Plafond, tel qu’énoncé", doubts: "Incertitudes" },
    },
    keywords: {
      title: "Les mots du numérique",
      takeaway: (count: number, outOf: number) =>
        `Le mot « numérique » n’apparaît pas dans ${count} des ${outOf} programmes papier officiels, selon l’article, qui ne dit pas lesquels.`,
      description: (facts: string[]) => `Ce que l’article dit des mots employés, puis des comptes dérivés des citations. ${facts.join(" ")}`,
      notes: [
        "Le constat sur « numérique » vient de l’article et n’est attribué à aucun candidat\u00a0: les six carrés ne correspondent à personne.",
        "Comptes dérivés\u00a0: occurrences des mots-clés dans les citations des propositions de chaque candidat, calculées à partir du jeu de données. Ils mesurent ce que l’article cite, pas les programmes eux-mêmes.",
      ],
      headings: { article: "Ce que dit l’article", derived: "Dérivé\u00a0: occurrences dans les citations des propositions" },
      absentCaption: (count: number, outOf: number) => `« numérique » absent de ${count} des ${outOf} programmes papier (lesquels\u00a0? non dit)`,
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
    stale: (time: string) => `Non mis à jour depuis ${time}`,
    rounds: (first: string, second: string, secondAsAnnounced: boolean) =>
      `Premier tour le ${first}, second tour ${secondAsAnnounced ? `annoncé par l’article pour le ${second}` : `le ${second}`}`,
    revealed: (n: number, total: number) => `${n} thème${n > 1 ? "s" : ""} sur ${total}`,
    positions: "Positions par thème",
    keyQuote: "Citation clé",
    sourcesTitle: "Sources et méthode",
    sourcesData: "Données vérifiables : /api/dataset ; chaque donnée porte ses citations mot pour mot.",
    notes: { heading: "Notes de l’orateur", current: "Diapositive en cours", next: "Suivante", end: "Fin de la présentation", clock: "Heure", elapsed: "Écoulé", points: "À dire" },
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
