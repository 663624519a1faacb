/**
 * The Checks tab of the side panel: the current page's consistency findings, warnings first, each
 * with the figures it relates and its arithmetic spelled out. Data comes in by props (the side panel
 * reads the page report the background keeps); page-derived text is rendered as text.
 */
import { getLanguage, t, type MessageKey } from '../../utils/i18n';
import { RULES, type CheckRule, type Explanation } from '../../utils/checks';

/** A finding as the side panel has it: the explanation already in one language, or in both. */
export interface ShownFinding {
  rule: string;
  status: 'ok' | 'warning';
  items: readonly string[];
  explanation: string | Explanation;
}

export interface ChecksTabProps {
  findings: readonly ShownFinding[];
}

/** Every rule's name is in the messages under `checks.rule.<id>` (the rules' meta-test holds it). */
const ruleKey = (rule: CheckRule): MessageKey => `checks.rule.${rule}`;
const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

function ruleName(rule: string): string {
  return RULE_IDS.has(rule) ? t(ruleKey(rule as CheckRule)) : rule;
}

function explanationText(explanation: ShownFinding['explanation']): string {
  if (typeof explanation === 'string') return explanation;
  return getLanguage() === 'en' ? explanation.en : explanation.vi;
}

function FindingItem({ finding }: { finding: ShownFinding }) {
  return (
    <li class={`soi-check soi-check-${finding.status}`} data-soi-check={finding.status} data-soi-rule={finding.rule}>
      <div class="soi-check-head">
        <span class="soi-check-status">{t(finding.status === 'warning' ? 'checks.status.warning' : 'checks.status.ok')}</span>
        <span class="soi-check-rule">{ruleName(finding.rule)}</span>
      </div>
      <p class="soi-check-explanation">{explanationText(finding.explanation)}</p>
      <ul class="soi-check-items" aria-label={t('checks.tab.figures')}>
        {finding.items.map((item, i) => (
          <li key={i}>
            <q>{item}</q>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ChecksTab({ findings }: ChecksTabProps) {
  const warnings = findings.filter((f) => f.status === 'warning');
  const passes = findings.filter((f) => f.status === 'ok');
  return (
    <section class="soi-checks" aria-labelledby="soi-checks-title">
      <h2 id="soi-checks-title">{t('checks.tab.title')}</h2>
      <p class="soi-checks-intro">{t('checks.tab.intro')}</p>
      {findings.length === 0 ? (
        <p class="soi-checks-empty">{t('checks.tab.empty')}</p>
      ) : (
        <>
          <p class="soi-checks-summary" role="status">
            {t('checks.tab.summary', { warnings: warnings.length, ok: passes.length })}
          </p>
          <ul class="soi-checks-list">
            {[...warnings, ...passes].map((finding, i) => (
              <FindingItem key={i} finding={finding} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
