export { MESSAGING_MESSAGES, type MessagingLocale, type MessagingMessage, describeMessage } from './messages';
export * from './tone/tone.types';
export { checkTone, hasBlockingFindings } from './tone/check-tone';
export { CHANNELS, CHANNEL_IDS, type ChannelId, type ChannelSpec, type LengthCounting, isChannelId } from './templates/channels';
export { type ChannelLength, type MeasureOptions, type ScannedTokens, measureChannelText } from './templates/channel-length';
export {
  TEMPLATE_VARIABLES,
  TEMPLATE_VARIABLE_DESCRIPTIONS,
  type TemplateVariable,
  type VariableDescription,
  isTemplateVariable,
} from './templates/template-variables';
export {
  type ParsedTemplate,
  type TemplateError,
  type TemplateErrorCode,
  type TemplateSegment,
  parseTemplate,
} from './templates/template-parser';
export {
  type RenderedTemplate,
  type TemplateFit,
  type TemplateValues,
  checkTemplateFits,
  renderTemplate,
} from './templates/template-render';
export * from './approval/approval.types';
export {
  approveVersion,
  canApprove,
  checkDecisionRight,
  draftTemplateVersion,
  expireVersionIfDue,
  listPendingApprovers,
  readStatusAt,
  rejectVersion,
  reviseVersion,
  submitForReview,
} from './approval/approval-machine';
export { type StatementUse, type StatementUseRefusal, canUseForStatement, checkStatementUse } from './approval/statement-use';
export {
  DEFAULT_RISK_WEIGHTS,
  type InboxCandidate,
  type InboxRisk,
  RISK_FACTORS,
  type RankedInboxItem,
  type RiskFactor,
  type RiskFactorScore,
  type RiskOptions,
  explainRiskFactor,
  rankInboxItems,
  scoreInboxRisk,
} from './inbox/inbox-risk';
export {
  type AuthorOffence,
  type ClusterProposal,
  type CommentCluster,
  type CommentKind,
  DEFAULT_MODERATION_POLICY,
  type ModerationAction,
  type ModerationPolicy,
  type ModerationProposal,
  type ModerationReason,
  type OffenceKind,
  proposeClusterModeration,
  proposeModeration,
} from './moderation/moderation-policy';
export {
  type BlockCheck,
  type CommentSignals,
  IMPOLITE_FROM,
  TOXIC_FROM,
  checkBlock,
  classifyComment,
  followsProposal,
  isAboutSomethingReal,
  offencesOf,
} from './moderation/comment-kind';
export { TEMPLATE_KINDS, TEMPLATE_LANGUAGES, type TemplateKind, type TemplateLanguage, isTemplateKind } from './templates/template-kinds';
export { type TemplateCheck, type TemplateTarget, checkTemplate, readTemplateSituation } from './templates/template-check';
export { type StarterTemplate, STARTER_CRISIS_TYPES, isStarterKindFitting, listStarterTemplates } from './starter';
export { detectQuestion } from './inbox/question';
export * from './inbox/inbox-rules';
