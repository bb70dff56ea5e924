export { AUDIT_RULES, type AuditRuleInfo } from './catalog';
export { type AuditContext, createAuditContext, refreshAuditContext } from './context';
export { auditProfile, auditWorkspace, type AuditOptions, type AuditReport, findingKey, type ProfileAudit } from './engine';
export { dismissFinding, restoreFinding } from './dismissals';
export { recordScore, SCORE_HISTORY_MAX, scoreProgress, type ScoreProgress } from './history';
export { crossLinkMatrix, type CrossLinkMatrix, type LinkCell } from './matrix';
export { type PointsByCode, scoreWeight, STATUS_WEIGHT } from './score';
export type { AuditFinding, FindingParams } from './types';
