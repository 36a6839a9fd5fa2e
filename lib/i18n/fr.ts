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
    prefix: "Source\u00a0:",
    candidate: (name: string) => name,
    spokesperson: (name: string, role: string, candidate: string) => `${name}, ${role.charAt(0).toLowerCase()}${role.slice(1)}, pour ${candidate}`,
    list: (candidate: string) => `La liste ${de(candidate)}`,
    party: (party: string, candidate: string) => `${party}, le parti ${de(candidate)}`,
    article: "L’article",
    channel: { programme: "dans son programme", website: "sur le site du mouvement" },
  },
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
  notFound: { title: "Page introuvable", body: "Cette page n’existe pas.", back: "Retour au tableau de bord" },
  footer: {
    codebook: "Méthode : chaque cellule est codée selon une règle publiée dans le livre de codes du jeu de données.",
    license: "Code libre. Les citations appartiennent à leur auteur.",
  },
};
