import type { NetworkDefinitionInput } from '../../schema/network';
import type { Localized } from '../../schema/text';

/*
 * The built-in networks as written: plain data, no schema, so that the client
 * list's first screen can name networks without loading zod or compiling the
 * catalog (catalog.ts parses these into BUILTIN_NETWORKS). Every number carries
 * its source in a comment: an official help page (named, so it can be re-checked)
 * or "Vitrine editorial default" when it is our judgement. Limits we could not
 * source are left out rather than guessed.
 */

/** Why a path is not a person's profile, in both languages. */
const WHY = {
  company: { en: 'company page', fr: 'page entreprise' },
  school: { en: 'school page', fr: 'page école' },
  showcase: { en: 'showcase page', fr: 'page vitrine' },
  group: { en: 'group', fr: 'groupe' },
  page: { en: 'page (not a person)', fr: 'page (pas une personne)' },
  post: { en: 'post', fr: 'publication' },
  article: { en: 'article', fr: 'article' },
  event: { en: 'event', fr: 'événement' },
  job: { en: 'job offer', fr: "offre d’emploi" },
  feed: { en: 'news feed', fr: "fil d’actualité" },
  share: { en: 'share link', fr: 'lien de partage' },
  search: { en: 'search page', fr: 'page de recherche' },
  repo: { en: 'repository', fr: 'dépôt de code' },
  organisation: { en: 'organisation page', fr: "page d’organisation" },
  video: { en: 'video', fr: 'vidéo' },
  question: { en: 'question or answer', fr: 'question ou réponse' },
  tag: { en: 'tag page', fr: 'page de mot-clé' },
  project: { en: 'portfolio project', fr: 'projet de portfolio' },
} satisfies Record<string, Localized>;

function np(prefix: string, why: Localized) {
  return { prefix, reason: why.en, reasonFr: why.fr };
}

/** Paths shared by many sites that never name a person. */
const COMMON_RESERVED = [
  'about', 'help', 'login', 'logout', 'signup', 'register', 'privacy', 'terms', 'tos', 'legal',
  'settings', 'search', 'explore', 'home', 'share', 'intent', 'notifications', 'messages', 'jobs',
];

/** Each built-in network, before the schema adds its defaults. */
export const BUILTIN_NETWORK_INPUTS: readonly NetworkDefinitionInput[] = [
  {
    id: 'linkedin',
    label: 'LinkedIn',
    kind: 'professional',
    hosts: ['linkedin.com'],
    profilePaths: ['/in/{handle}', '/mwlite/in/{handle}', '/pub/{handle}'],
    canonicalUrl: 'https://www.linkedin.com/in/{handle}',
    reservedHandles: [...COMMON_RESERVED, 'feed', 'mynetwork', 'messaging', 'uas', 'authwall', 'checkpoint', 'psettings', 'sharearticle', 'redir'],
    nonProfilePaths: [
      np('/company/', WHY.company), np('/school/', WHY.school), np('/showcase/', WHY.showcase),
      np('/groups/', WHY.group), np('/feed/', WHY.feed), np('/posts/', WHY.post), np('/pulse/', WHY.article),
      np('/events/', WHY.event), np('/jobs/', WHY.job), np('/newsletters/', WHY.article),
    ],
    // LinkedIn Help, "Customize your public profile URL": 3–100 letters or numbers; older and
    // localised slugs also hold dashes, underscores and accented letters.
    handlePattern: "[\\p{L}\\p{M}\\p{N}_'-]{3,100}",
    limits: {
      nameMax: 60, // LinkedIn Help, "Profile character limits": first name 20 + last name 40
      headlineMax: 220, // LinkedIn Help, "Profile character limits": headline 220
      summaryMax: 2600, // LinkedIn Help, "Profile character limits": About 2,600
      keywordsMin: 5, // Vitrine editorial default (LinkedIn advises listing at least 5 skills)
      keywordsMax: 100, // LinkedIn Help, "Skills on your profile": up to 100 skills
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'location', 'keywords', 'links', 'followOpen'],
    posting: {
      minPerWeek: 1, // Vitrine editorial default: one post a week keeps a profile visibly alive
      maxPerWeek: 5, // Vitrine editorial default: working days only
      maxPerDay: 1, // Vitrine editorial default, per common LinkedIn guidance: no more than 1 a day
      source: 'Vitrine editorial default (common LinkedIn guidance: at most one post a day)',
      sourceFr: 'Valeur par défaut de Vitrine (usage courant sur LinkedIn : au plus une publication par jour)',
    },
    post: {
      maxChars: 3000, // LinkedIn API docs (posts API, "commentary"), relayed by Ayrshare's LinkedIn API page: 3,000 characters
      foldChars: 210, // web-3-apps.com "LinkedIn post length": the feed cuts at about 210 characters
      foldLines: 3, // John Espirian, "“See more” breakpoints on LinkedIn posts" (Sept. 2024): organic posts show 3 lines
      source: 'LinkedIn: 3,000 characters a post; the feed shows about 3 lines (≈210 characters) before “…see more” (J. Espirian, Sept. 2024)',
      sourceFr: 'LinkedIn : 3 000 caractères par publication ; le fil montre environ 3 lignes (≈ 210 caractères) avant « …voir plus » (J. Espirian, sept. 2024)',
    },
    features: { follow: true, wall: false, keywords: true },
  },
  {
    id: 'viadeo',
    label: 'Viadeo',
    kind: 'professional',
    // Check that it still exists: Viadeo was wound down after 2016; links may be dead.
    legacy: true,
    hosts: ['viadeo.com'],
    profilePaths: ['/*/profile/{handle}', '/profile/{handle}', '/p/{handle}'],
    // Both the old slug (/fr/profile/first.last) and the opaque id (/p/<id>) become the handle;
    // /p/ is the later layout (unverified that it also resolves old slugs).
    canonicalUrl: 'https://www.viadeo.com/p/{handle}',
    reservedHandles: COMMON_RESERVED,
    nonProfilePaths: [np('/*/company/', WHY.company), np('/company/', WHY.company), np('/*/groups/', WHY.group)],
    handlePattern: '[\\p{L}\\p{N}._-]{2,100}',
    limits: {
      headlineMax: 150, // Vitrine editorial default (Viadeo's own limit could not be re-checked)
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'status'],
    features: { follow: false, wall: false, keywords: true },
  },
  {
    id: 'xing',
    label: 'XING',
    kind: 'professional',
    hosts: ['xing.com'],
    profilePaths: ['/profile/{handle}'],
    canonicalUrl: 'https://www.xing.com/profile/{handle}',
    reservedHandles: COMMON_RESERVED,
    nonProfilePaths: [
      np('/pages/', WHY.company), np('/companies/', WHY.company), np('/jobs/', WHY.job),
      np('/news/', WHY.article), np('/communities/', WHY.group), np('/events/', WHY.event),
    ],
    // Slugs are First_Last with a number for homonyms (Tobias_Zilbersahn5); XING shows them in
    // that case, so the case is kept.
    handlePattern: '[\\p{L}\\p{N}_.-]{2,100}',
    handleCaseSensitive: true,
    limits: {
      keywordsMin: 5, // Vitrine editorial default: "haves" (Ich biete) are XING's keywords
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'keywords', 'location'],
    posting: {
      minPerWeek: 0, // Vitrine editorial default: XING is mostly a searchable CV
      maxPerWeek: 3, // Vitrine editorial default
      maxPerDay: 1, // Vitrine editorial default
      source: 'Vitrine editorial default',
      sourceFr: 'Valeur par défaut de Vitrine',
    },
    features: { follow: true, wall: false, keywords: true },
  },
  {
    id: 'malt',
    label: 'Malt',
    kind: 'professional',
    // Malt's country sites share profile slugs (malt.fr/profile/x = malt.com/profile/x).
    hosts: ['malt.fr', 'malt.com', 'malt.de', 'malt.es', 'malt.be', 'malt.nl', 'malt.ch', 'malt.uk'],
    profilePaths: ['/profile/{handle}'],
    canonicalUrl: 'https://www.malt.fr/profile/{handle}',
    reservedHandles: COMMON_RESERVED,
    nonProfilePaths: [np('/s', WHY.search), np('/project/', WHY.job), np('/blog/', WHY.article)],
    handlePattern: '[\\p{L}\\p{N}_.-]{2,100}',
    limits: {
      summaryMin: 200, // Malt help centre, "Complete your profile" (description of at least 200 characters; not re-checked)
      keywordsMin: 7, // Malt help centre, "Complete your profile" (7 skills or more; not re-checked)
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'keywords', 'location'],
    features: { follow: false, wall: false, keywords: true },
  },
  {
    id: 'x',
    label: 'X (Twitter)',
    kind: 'mixed',
    hosts: ['x.com', 'twitter.com'],
    profilePaths: ['/{handle}', '/@{handle}'],
    canonicalUrl: 'https://x.com/{handle}',
    reservedHandles: [...COMMON_RESERVED, 'i', 'hashtag', 'compose', 'account', 'download', 'who_to_follow', 'lists'],
    nonProfilePaths: [
      np('/*/status/', WHY.post), np('/*/statuses/', WHY.post), np('/i/', WHY.post),
      np('/hashtag/', WHY.tag), np('/search', WHY.search), np('/intent/', WHY.share), np('/share', WHY.share),
    ],
    // X Help Center, "Username rules": 4–15 letters, digits or underscores (older accounts may be shorter).
    handlePattern: '[A-Za-z0-9_]{1,15}',
    limits: {
      nameMax: 50, // X Help Center, "How to customize your profile": name up to 50 characters
      headlineMax: 160, // X Help Center, "How to customize your profile": bio up to 160 characters
      summaryMax: 160, // same page: the bio is X's only description field
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'links', 'location'],
    posting: {
      minPerWeek: 2, // Vitrine editorial default
      maxPerWeek: 21, // Vitrine editorial default: about 3 a day
      maxPerDay: 5, // Vitrine editorial default
      source: 'Vitrine editorial default',
      sourceFr: 'Valeur par défaut de Vitrine',
    },
    post: {
      maxChars: 280, // X developer docs, "Counting characters": up to 280 characters (emoji and CJK count 2, links 23)
      source: 'X developer docs, “Counting characters”: 280 characters (emoji count 2, links 23)',
      sourceFr: 'Documentation développeurs X, « Counting characters » : 280 caractères (un emoji compte 2, un lien 23)',
    },
    features: { follow: true, wall: false, keywords: false },
  },
  {
    id: 'facebook',
    // A Facebook profile may be personal or in professional mode: that is the profile's audience, not the network's name.
    label: 'Facebook',
    kind: 'mixed',
    hosts: ['facebook.com', 'fb.com'],
    profilePaths: ['/profile.php?id={handle}', '/people/*/{handle}', '/{handle}'],
    canonicalUrl: 'https://www.facebook.com/{handle}',
    reservedHandles: [
      ...COMMON_RESERVED, 'gaming', 'groups', 'pages', 'home.php', 'marketplace', 'me', 'watch', 'events',
      'photo.php', 'story.php', 'permalink.php', 'sharer', 'sharer.php', 'policies', 'friends', 'bookmarks',
      'hashtag', 'business', 'ads', 'places', 'l.php', 'reel', 'stories', 'fundraisers', 'profile.php',
    ],
    nonProfilePaths: [
      np('/groups/', WHY.group), np('/pages/', WHY.page), np('/events/', WHY.event), np('/watch', WHY.video),
      np('/*/posts/', WHY.post), np('/*/videos/', WHY.video), np('/*/photos/', WHY.post),
      np('/hashtag/', WHY.tag), np('/share/', WHY.share), np('/sharer', WHY.share),
    ],
    // Facebook Help, "Username guidelines": letters, digits and periods, at least 5 characters;
    // pages add dashes ("PHPtoday-1025912177431644"), numeric ids are profile ids.
    handlePattern: '[\\p{L}\\p{N}._-]{1,80}',
    limits: {
      headlineMax: 101, // Facebook Help, "Add or edit your bio (intro)": up to 101 characters
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'links', 'followOpen', 'wallRestricted'],
    posting: {
      minPerWeek: 1, // Vitrine editorial default
      maxPerWeek: 7, // Vitrine editorial default
      maxPerDay: 2, // Vitrine editorial default
      source: 'Vitrine editorial default',
      sourceFr: 'Valeur par défaut de Vitrine',
    },
    features: { follow: true, wall: true, keywords: false },
  },
  {
    id: 'instagram',
    label: 'Instagram',
    kind: 'mixed',
    hosts: ['instagram.com', 'instagr.am'],
    profilePaths: ['/{handle}'],
    canonicalUrl: 'https://www.instagram.com/{handle}',
    reservedHandles: [...COMMON_RESERVED, 'p', 'reel', 'reels', 'tv', 'stories', 'direct', 'accounts', 'developer'],
    nonProfilePaths: [np('/p/', WHY.post), np('/reel/', WHY.post), np('/*/p/', WHY.post), np('/explore/', WHY.tag)],
    // Instagram Help, "Username requirements": up to 30 letters, digits, periods and underscores;
    // two periods in a row are refused.
    handlePattern: '(?!.*\\.\\.)[A-Za-z0-9._]{1,30}',
    limits: {
      nameMax: 30, // Instagram Help, "Edit your Instagram profile": name up to 30 characters
      headlineMax: 150, // Instagram Help, "Edit your Instagram profile": bio up to 150 characters
      summaryMax: 150, // same page: the bio is Instagram's only description field
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'links'],
    posting: {
      minPerWeek: 1, // Vitrine editorial default
      maxPerWeek: 7, // Vitrine editorial default
      maxPerDay: 2, // Vitrine editorial default
      source: 'Vitrine editorial default',
      sourceFr: 'Valeur par défaut de Vitrine',
    },
    post: {
      maxChars: 2200, // Instagram Help Center: captions up to 2,200 characters
      source: 'Instagram Help Center: captions up to 2,200 characters',
      sourceFr: 'Aide Instagram : légendes de 2 200 caractères au plus',
    },
    features: { follow: true, wall: false, keywords: false },
  },
  {
    id: 'github',
    label: 'GitHub',
    kind: 'professional',
    hosts: ['github.com'],
    profilePaths: ['/{handle}'],
    canonicalUrl: 'https://github.com/{handle}',
    reservedHandles: [
      ...COMMON_RESERVED, 'features', 'pricing', 'join', 'orgs', 'marketplace', 'topics', 'collections',
      'trending', 'sponsors', 'issues', 'pulls', 'new', 'organizations', 'enterprise', 'security',
      'customer-stories', 'readme', 'apps', 'site', 'contact', 'codespaces', 'dashboard',
    ],
    nonProfilePaths: [np('/orgs/', WHY.organisation), np('/*/*', WHY.repo)],
    // GitHub Docs, "Username rules": up to 39 alphanumerics and single hyphens, not at either end.
    handlePattern: '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}',
    limits: {
      nameMax: 255, // GitHub profile settings form: name field maxlength 255
      headlineMax: 160, // GitHub profile settings form: bio field maxlength 160
      summaryMax: 160, // same: the bio is the only short description (the README is free)
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'links', 'location'],
    features: { follow: true, wall: false, keywords: false },
  },
  {
    id: 'youtube',
    label: 'YouTube',
    kind: 'mixed',
    hosts: ['youtube.com'],
    profilePaths: ['/@{handle}', '/c/{handle}', '/user/{handle}', '/channel/{handle}'],
    canonicalUrl: 'https://www.youtube.com/@{handle}',
    reservedHandles: [...COMMON_RESERVED, 'watch', 'shorts', 'playlist', 'results', 'feed', 'embed', 'live'],
    nonProfilePaths: [
      np('/watch', WHY.video), np('/shorts/', WHY.video), np('/playlist', WHY.video), np('/results', WHY.search),
      np('/feed/', WHY.feed), np('/embed/', WHY.video), np('/live/', WHY.video),
    ],
    // YouTube Help, "Choose your handle": 3–30 letters, digits, underscores, hyphens or periods.
    handlePattern: '[\\p{L}\\p{N}_.-]{3,30}|UC[A-Za-z0-9_-]{22}',
    limits: {
      nameMax: 50, // YouTube Help, "Manage your channel's basic info": name up to 50 characters
      summaryMax: 1000, // YouTube Help, "Manage your channel's basic info": description up to 1,000 characters
    },
    recommendedFields: ['photo', 'displayName', 'summary', 'links'],
    posting: {
      minPerWeek: 0.25, // Vitrine editorial default: one video a month
      maxPerWeek: 3, // Vitrine editorial default
      maxPerDay: 1, // Vitrine editorial default
      source: 'Vitrine editorial default',
      sourceFr: 'Valeur par défaut de Vitrine',
    },
    features: { follow: true, wall: false, keywords: true },
  },
  {
    id: 'medium',
    label: 'Medium',
    kind: 'mixed',
    hosts: ['medium.com'],
    profilePaths: ['/@{handle}'],
    canonicalUrl: 'https://medium.com/@{handle}',
    reservedHandles: [...COMMON_RESERVED, 'p', 'tag', 'topics', 'm', 'me', 'plans', 'membership'],
    nonProfilePaths: [np('/p/', WHY.article), np('/tag/', WHY.tag), np('/*/*', WHY.article)],
    handlePattern: '[A-Za-z0-9_.]{1,30}',
    limits: {
      nameMax: 50, // Medium Help, "Editing your profile": name up to 50 characters
      headlineMax: 160, // Medium Help, "Editing your profile": short bio up to 160 characters
    },
    recommendedFields: ['photo', 'displayName', 'headline', 'links'],
    posting: {
      minPerWeek: 0.25, // Vitrine editorial default: one article a month
      maxPerWeek: 3, // Vitrine editorial default
      maxPerDay: 1, // Vitrine editorial default
      source: 'Vitrine editorial default',
      sourceFr: 'Valeur par défaut de Vitrine',
    },
    features: { follow: true, wall: false, keywords: true },
  },
  {
    id: 'mastodon',
    label: 'Mastodon',
    kind: 'mixed',
    // Any instance: `@user@host` → https://host/@user. The handle stored is "user@host", because
    // "user" alone is ambiguous across instances. No canonicalUrl template: it is built from the host.
    fediverse: true,
    hosts: ['mastodon.social', 'mastodon.online'],
    profilePaths: ['/@{handle}'],
    reservedHandles: [],
    nonProfilePaths: [np('/*/*', WHY.post), np('/tags/', WHY.tag)],
    // Mastodon docs, "Accounts": usernames are letters, digits and underscores, up to 30.
    handlePattern: '[A-Za-z0-9_]{1,30}',
    limits: {
      nameMax: 30, // Mastodon docs, "Setting up your profile": display name up to 30 characters
      summaryMax: 500, // Mastodon docs, "Setting up your profile": bio up to 500 characters
    },
    recommendedFields: ['photo', 'displayName', 'summary', 'links'],
    posting: {
      minPerWeek: 1, // Vitrine editorial default
      maxPerWeek: 21, // Vitrine editorial default
      maxPerDay: 5, // Vitrine editorial default
      source: 'Vitrine editorial default',
      sourceFr: 'Valeur par défaut de Vitrine',
    },
    post: {
      maxChars: 500, // Mastodon's default (MAX_CHARS in the compose form); some instances allow more
      source: 'Mastodon’s default: 500 characters (some instances allow more)',
      sourceFr: 'Valeur par défaut de Mastodon : 500 caractères (certaines instances en permettent plus)',
    },
    features: { follow: true, wall: false, keywords: false },
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    kind: 'mixed',
    hosts: ['bsky.app'],
    profilePaths: ['/profile/{handle}'],
    canonicalUrl: 'https://bsky.app/profile/{handle}',
    reservedHandles: [...COMMON_RESERVED, 'feeds', 'lists'],
    nonProfilePaths: [np('/profile/*/post/', WHY.post), np('/profile/*/feed/', WHY.feed)],
    // AT Protocol, "Handle" spec: a DNS name (jbuget.fr, name.bsky.social), or a did:plc identifier.
    handlePattern: '(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}|did:plc:[a-z2-7]{24}',
    limits: {
      nameMax: 64, // AT Protocol lexicon app.bsky.actor.profile: displayName maxGraphemes 64
      summaryMax: 256, // AT Protocol lexicon app.bsky.actor.profile: description maxGraphemes 256
    },
    recommendedFields: ['photo', 'displayName', 'summary', 'links'],
    posting: {
      minPerWeek: 1, // Vitrine editorial default
      maxPerWeek: 21, // Vitrine editorial default
      maxPerDay: 5, // Vitrine editorial default
      source: 'Vitrine editorial default',
      sourceFr: 'Valeur par défaut de Vitrine',
    },
    post: {
      maxChars: 300, // AT Protocol lexicon app.bsky.feed.post: text maxGraphemes 300
      source: 'AT Protocol lexicon app.bsky.feed.post: 300 characters',
      sourceFr: 'Lexique AT Protocol app.bsky.feed.post : 300 caractères',
    },
    features: { follow: true, wall: false, keywords: false },
  },
  {
    id: 'behance',
    label: 'Behance',
    kind: 'professional',
    hosts: ['behance.net'],
    profilePaths: ['/{handle}'],
    canonicalUrl: 'https://www.behance.net/{handle}',
    reservedHandles: [...COMMON_RESERVED, 'gallery', 'galleries', 'joblist', 'assets', 'hire', 'for_you', 'live', 'onboarding'],
    nonProfilePaths: [np('/gallery/', WHY.project), np('/joblist', WHY.job)],
    handlePattern: '[A-Za-z0-9_-]{2,50}',
    limits: {},
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'location', 'links'],
    features: { follow: true, wall: false, keywords: true },
  },
  {
    id: 'dribbble',
    label: 'Dribbble',
    kind: 'professional',
    hosts: ['dribbble.com'],
    profilePaths: ['/{handle}'],
    canonicalUrl: 'https://dribbble.com/{handle}',
    reservedHandles: [...COMMON_RESERVED, 'shots', 'designers', 'tags', 'session', 'stories', 'pro', 'hiring', 'learn'],
    nonProfilePaths: [np('/shots/', WHY.project), np('/tags/', WHY.tag)],
    handlePattern: '[A-Za-z0-9_-]{2,50}',
    limits: {},
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'location', 'links'],
    features: { follow: true, wall: false, keywords: true },
  },
  {
    id: 'stackoverflow',
    label: 'Stack Overflow',
    kind: 'professional',
    hosts: ['stackoverflow.com'],
    // /users/<numeric id>/<display-name slug>: the id is the handle, the slug is decoration.
    profilePaths: ['/users/{handle}'],
    canonicalUrl: 'https://stackoverflow.com/users/{handle}',
    reservedHandles: [...COMMON_RESERVED, 'questions', 'q', 'a', 'tags'],
    nonProfilePaths: [np('/questions/', WHY.question), np('/q/', WHY.question), np('/a/', WHY.question), np('/tags/', WHY.tag)],
    handlePattern: '[0-9]{1,12}',
    limits: {},
    recommendedFields: ['photo', 'displayName', 'summary', 'location', 'links'],
    features: { follow: false, wall: false, keywords: true },
  },
  {
    id: 'welcometothejungle',
    label: 'Welcome to the Jungle',
    kind: 'professional',
    // Unverified layout: candidate profiles are mostly private; "/fr/profiles/<slug>" is our guess.
    hosts: ['welcometothejungle.com'],
    profilePaths: ['/*/profiles/{handle}'],
    canonicalUrl: 'https://www.welcometothejungle.com/fr/profiles/{handle}',
    reservedHandles: COMMON_RESERVED,
    nonProfilePaths: [np('/*/companies/', WHY.company), np('/*/jobs', WHY.job), np('/*/articles/', WHY.article)],
    handlePattern: '[\\p{L}\\p{N}_.-]{2,100}',
    limits: {},
    recommendedFields: ['photo', 'displayName', 'headline', 'summary'],
    features: { follow: false, wall: false, keywords: true },
  },
  {
    id: 'talentpharmacie',
    label: 'TalentPharmacie',
    kind: 'professional',
    // Unverified layout: host and profile path are plausible guesses, not checked against the site.
    hosts: ['talentpharmacie.fr'],
    profilePaths: ['/profil/{handle}', '/candidat/{handle}'],
    canonicalUrl: 'https://www.talentpharmacie.fr/profil/{handle}',
    reservedHandles: COMMON_RESERVED,
    nonProfilePaths: [np('/offres', WHY.job), np('/offre/', WHY.job), np('/pharmacie/', WHY.company)],
    handlePattern: '[\\p{L}\\p{N}_.-]{2,100}',
    limits: {},
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'location', 'keywords'],
    features: { follow: false, wall: false, keywords: true },
  },
  {
    id: 'pharmareseau',
    label: 'Pharma Réseau',
    kind: 'professional',
    // Unverified layout: host and profile path are plausible guesses, not checked against the site.
    hosts: ['pharma-reseau.fr'],
    profilePaths: ['/membre/{handle}', '/profil/{handle}'],
    canonicalUrl: 'https://www.pharma-reseau.fr/membre/{handle}',
    reservedHandles: COMMON_RESERVED,
    nonProfilePaths: [np('/annonces', WHY.job), np('/groupes/', WHY.group), np('/actualites/', WHY.article)],
    handlePattern: '[\\p{L}\\p{N}_.-]{2,100}',
    limits: {},
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'location'],
    features: { follow: false, wall: true, keywords: false },
  },
  {
    id: 'proz',
    label: 'ProZ.com',
    kind: 'professional',
    // ProZ.com FAQ "Profiles", 1.8: the profile id is the number at the end of the profile URL;
    // language sites (fra.proz.com…) are subdomains of the same host.
    hosts: ['proz.com'],
    profilePaths: ['/profile/{handle}', '/translator/{handle}'],
    canonicalUrl: 'https://www.proz.com/profile/{handle}',
    reservedHandles: COMMON_RESERVED,
    nonProfilePaths: [np('/kudoz/', WHY.question), np('/forum/', WHY.group), np('/translation-jobs/', WHY.job), np('/jobs/', WHY.job)],
    handlePattern: '[0-9]{1,10}',
    limits: {},
    recommendedFields: ['photo', 'displayName', 'headline', 'summary', 'keywords', 'location'],
    features: { follow: false, wall: false, keywords: true },
  },
];
