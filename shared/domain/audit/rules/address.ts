import { profileRule, type ProfileRule } from '../types';
import { urlKey } from '../url';

export const invalidUrl = profileRule<{ url: string; reason: string; reasonFr: string }>({
  code: 'invalid-url', severity: 'error', field: 'url', points: 25,
  appliesTo: () => true,
  onDeclining: true,
  audiences: ['professional', 'personal'],
  why: {
    fr: 'Une adresse fausse casse les liens entre vos profils et empêche de vérifier le profil.',
    en: 'A wrong address breaks the links between your profiles and makes the profile impossible to check.',
  },
  fix: {
    fr: 'Copiez l’adresse depuis la barre du navigateur, sur la page de votre profil public.',
    en: 'Copy the address from the browser bar while on your public profile page.',
  },
  check: ({ profile, network, facts, audit }) => {
    const url = profile.url.trim();
    if (url === '') return [{ params: { url, reason: 'No address.', reasonFr: 'Aucune adresse.' } }];
    // A user-defined network without hosts cannot be recognised: only the address's form is checked.
    if (network.hosts.length === 0) {
      return urlKey(url) ? [] : [{ params: { url, reason: 'Not a web address.', reasonFr: 'Ce n’est pas une adresse web.' } }];
    }
    const found = facts.identified;
    if (found && !found.ok) return [{ params: { url, reason: found.message.en, reasonFr: found.message.fr } }];
    if (found?.ok && found.network !== network.id) {
      const other = audit.registry.get(found.network)?.label ?? found.network;
      return [{ params: { url, reason: `It is a ${other} address.`, reasonFr: `C’est une adresse ${other}.` } }];
    }
    return [];
  },
  message: ({ url, reason, reasonFr, network }) => ({
    fr: `L’adresse du profil ${network} n’est pas valable${url ? ` (${url})` : ''} : ${reasonFr}`,
    en: `The ${network} profile address is not valid${url ? ` (${url})` : ''}: ${reason}`,
  }),
});

export const urlHandleMismatch = profileRule<{ handle: string; urlHandle: string }>({
  code: 'url-handle-mismatch', severity: 'warning', field: 'handle', points: 5,
  appliesTo: (n) => n.hosts.length > 0,
  audiences: ['professional', 'personal'],
  why: {
    fr: 'Quand l’identifiant noté ne correspond pas à l’adresse, l’un des deux est faux et vos liens risquent de pointer ailleurs.',
    en: 'When the recorded handle does not match the address, one of them is wrong and your links may point elsewhere.',
  },
  fix: {
    fr: 'Vérifiez votre identifiant sur le réseau et corrigez l’adresse ou l’identifiant.',
    en: 'Check your handle on the network and correct the address or the handle.',
  },
  check: ({ profile, network, facts }) => {
    const found = facts.identified;
    if (!found?.ok || found.network !== network.id) return [];
    const norm = (h: string) => (network.handleCaseSensitive ? h : h.toLowerCase()).replace(/^@/, '').trim();
    const handle = profile.handle.trim();
    if (handle === '') return [{ params: { handle, urlHandle: found.handle }, severity: 'info' }];
    return norm(handle) === norm(found.handle) ? [] : [{ params: { handle, urlHandle: found.handle } }];
  },
  message: ({ handle, urlHandle, network }) =>
    handle === ''
      ? { fr: `Identifiant ${network} non renseigné ; l’adresse indique « ${urlHandle} ».`, en: `No ${network} handle recorded; the address says "${urlHandle}".` }
      : {
          fr: `L’identifiant ${network} « ${handle} » ne correspond pas à l’adresse (« ${urlHandle} »).`,
          en: `The ${network} handle "${handle}" does not match the address ("${urlHandle}").`,
        },
});

export const ADDRESS_RULES: readonly ProfileRule[] = [invalidUrl, urlHandleMismatch];
