import type { Lang } from '../check/types.js';
import type { ResultList } from '../result-list.js';

export const FORMAT_NAMES: Record<string, { zh: string; en: string }> = {
  legacy: { zh: '旧版统计表', en: 'legacy table' },
  '2019': { zh: '2019 试行格式', en: '2019 trial format' },
  '2021': { zh: '2021 格式', en: '2021 format' },
};

/** Files, formats recognised and checks run / passed / failed / not evaluable, in one line. */
export function summaryLine(results: ResultList, lang: Lang): string {
  const formats = new Map<string, number>();
  const stats = { run: 0, passed: 0, failed: 0, unevaluated: 0 };
  for (const r of results) {
    if (r.format !== 'unknown') formats.set(r.format, (formats.get(r.format) ?? 0) + 1);
    stats.run += r.stats.run;
    stats.passed += r.stats.passed;
    stats.failed += r.stats.failed;
    stats.unevaluated += r.stats.unevaluated;
  }
  const recognised = [...formats.values()].reduce((a, b) => a + b, 0);
  const perFormat = [...formats].map(([f, n]) => `${FORMAT_NAMES[f]?.[lang] ?? f} ${n}`).join(lang === 'zh' ? '，' : ', ');
  if (lang === 'zh') {
    return (
      `已检查 ${results.length} 个文件，识别报告 ${recognised} 份${perFormat ? `（${perFormat}）` : ''}；` +
      `校验 ${stats.run} 项：通过 ${stats.passed}，不通过 ${stats.failed}，无法判断 ${stats.unevaluated}`
    );
  }
  return (
    `${results.length} file(s) checked, ${recognised} report(s) recognised${perFormat ? ` (${perFormat})` : ''}; ` +
    `${stats.run} checks: ${stats.passed} passed, ${stats.failed} failed, ${stats.unevaluated} not evaluable`
  );
}
