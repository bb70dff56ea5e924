import type { Severity } from '../../schema/finding';
import type { ProfileField } from '../../schema/network';
import type { Localized } from '../../schema/text';
import { ADDRESS_RULES } from './rules/address';
import { COMPLETENESS_RULES } from './rules/completeness';
import { CONSISTENCY_RULES } from './rules/consistency';
import { LINK_RULES } from './rules/links';
import { PRESENCE_RULES } from './rules/presence';
import { PRIVACY_RULES } from './rules/privacy';
import { SETTINGS_RULES } from './rules/settings';
import { FACT_RULES } from './rules/to-verify';
import type { ProfileRule, WorkspaceRule } from './types';

/** Rules run on each profile, in the order their findings are listed. */
export const PROFILE_RULES: readonly ProfileRule[] = [
  ...ADDRESS_RULES, ...COMPLETENESS_RULES, ...SETTINGS_RULES, ...CONSISTENCY_RULES, ...LINK_RULES, ...PRIVACY_RULES, ...FACT_RULES,
];

/** Rules run once on the whole workspace. */
export const WORKSPACE_RULES: readonly WorkspaceRule[] = PRESENCE_RULES;

export interface AuditRuleInfo {
  code: string;
  severity: Severity;
  /** 'profile' rules look at one profile, 'workspace' rules at the whole presence. */
  scope: 'profile' | 'workspace';
  field: ProfileField | null;
  points: number;
  why: Localized;
  fix: Localized;
}

/** The rule catalogue, for the UI's rule list and the docs. */
export const AUDIT_RULES: readonly AuditRuleInfo[] = [...PROFILE_RULES, ...WORKSPACE_RULES].map(
  ({ code, severity, scope, field, points, why, fix }) => ({ code, severity, scope, field, points, why, fix }),
);
