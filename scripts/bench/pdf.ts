/**
 * `npm run bench:pdf [-- --pages 100] [--trace]`: how Soi's PDF viewer does on a long official PDF, in
 * headless Chromium with the built extension (`npx wxt build` first; SOI_EXTENSION_DIR names
 * another build). The PDF is printed here by Chromium from a generated plan-shaped page.
 *
 * Prints the time from opening `pdf.html?file=…` to `data-soi-state="done"`, the marks, and the
 * longest main-thread task meanwhile and in the second after (PerformanceObserver `longtask`,
 * > 50 ms; none means every task stayed under). Page rendering, text reading and PDF parsing run in
 * PDF.js's worker; what is measured here is what the reader of the page could feel.
 *
 * `--trace` also records a Chromium trace of the same run and prints the viewer's main-thread tasks
 * over 50 ms with their own CPU time (on a loaded machine a task's wall time also counts the waits
 * for a core) and what took the time inside each; tracing itself makes the run a little slower.
 */
import { EXTENSION_DIR, launchSoi } from '../../tests/e2e/harness';
import { startTrace } from './main-thread-trace';

const pagesFlag = process.argv.indexOf('--pages');
const pageCount = pagesFlag > 0 ? Number(process.argv[pagesFlag + 1]) : 100;
if (!Number.isInteger(pageCount) || pageCount <= 0) throw new Error('--pages must be a positive whole number');

const tracing = process.argv.includes('--trace');
const FILE_URL = 'http://bench.gov.vn/van-ban/ke-hoach.pdf';
const AFTER_MS = 1_000;

/** One page of a provincial plan: a heading, running text with figures and references, a small table. */
function planPage(n: number): string {
  const rows = Array.from(
    { length: 6 },
    (_, k) => `<tr><td>Huyện ${n}.${k + 1}</td><td>${(80 + ((n + k) % 20)).toFixed(1).replace('.', ',')}%</td><td>${1_000 + n * 7 + k}</td></tr>`,
  ).join('');
  return `<section style="break-after: page">
    <h2>Mục ${n}. Kết quả thực hiện năm ${2000 + (n % 25)}</h2>
    <p>Thực hiện Quyết định số ${1900 + n}/QĐ-UBND ngày ${(n % 28) + 1}/${(n % 12) + 1}/2023 của Ủy ban nhân dân tỉnh và Nghị quyết số ${n}-NQ/TU của Tỉnh ủy,
    tỷ lệ hồ sơ giải quyết đúng hạn đạt ${(90 + (n % 10) / 10).toFixed(2).replace('.', ',')}%, tỉnh xếp thứ ${(n % 63) + 1}/63 về chỉ số chuyển đổi số,
    tổng vốn bố trí ${100 + n} tỷ đồng cho ${(n * 1_234).toLocaleString('de-DE')} hồ sơ trực tuyến. Thu ngân sách trên địa bàn ước đạt ${3_000 + n} tỷ đồng,
    tăng ${(n % 9) + 1},5% so với cùng kỳ; giải quyết việc làm cho ${20_000 + n} lao động, tỷ lệ hộ nghèo giảm còn ${(3 - (n % 3) / 2).toFixed(2).replace('.', ',')}%.</p>
    <table border="1" style="border-collapse: collapse; width: 100%"><tr><th>Đơn vị</th><th>Tỷ lệ</th><th>Hồ sơ</th></tr>${rows}</table>
    <p>Các sở, ngành tiếp tục triển khai Kế hoạch số ${n + 40}/KH-UBND, bảo đảm đến năm 2025 có 80% dịch vụ công trực tuyến toàn trình và 100% hồ sơ được số hóa.</p>
  </section>`;
}

async function main(): Promise<void> {
  const soi = await launchSoi({ extensionDir: process.env.SOI_EXTENSION_DIR ?? EXTENSION_DIR });
  try {
    const maker = await soi.context.newPage();
    await maker.setContent(
      `<html lang="vi"><body style="font: 12pt/1.5 serif">${Array.from({ length: pageCount }, (_, k) => planPage(k + 1)).join('')}</body></html>`,
    );
    const pdf = await maker.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2cm' } });
    await maker.close();
    await soi.context.route(FILE_URL, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: pdf }));

    const page = await soi.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { longtasks: { start: number; duration: number }[] };
      w.longtasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longtasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const trace = tracing ? await startTrace(page) : undefined;
    const began = Date.now();
    await page.goto(`chrome-extension://${soi.extensionId}/pdf.html?file=${encodeURIComponent(FILE_URL)}`);
    await soi.waitForReader(page, 300_000);
    const took = Date.now() - began;
    await page.waitForTimeout(AFTER_MS);
    const run = await page.evaluate(() => ({
      pages: document.querySelectorAll('.page').length,
      figures: Number(document.documentElement.dataset.soiFigures),
      references: Number(document.documentElement.dataset.soiReferences),
      longtasks: (window as unknown as { longtasks: { start: number; duration: number }[] }).longtasks,
      steps: performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('soi:'))
        .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration })),
    }));
    const longest = Math.max(0, ...run.longtasks.map((task) => task.duration));
    // Which step each long task fell in, to know where to look.
    const stepOf = (start: number) => run.steps.find((step) => start >= step.start && start < step.start + step.duration)?.name ?? 'between steps';
    const byStep = new Map<string, number>();
    for (const task of run.longtasks) byStep.set(stepOf(task.start), Math.max(byStep.get(stepOf(task.start)) ?? 0, task.duration));
    const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
    console.log(`PDF: ${run.pages} pages, ${(pdf.byteLength / 1e6).toFixed(2)} MB`);
    console.log(`Soi PDF open to done: ${ms(took)}`);
    console.log(`  marks:             ${run.figures.toLocaleString('en')} figures, ${run.references.toLocaleString('en')} references`);
    console.log(
      `  steps:             ${run.steps
        .filter((step) => /^soi:pdf:|^soi:annotate$/.test(step.name))
        .map((step) => `${step.name.replace(/^soi:(pdf:)?/, '')} ${ms(step.duration)}`)
        .join(', ')}`,
    );
    console.log(
      `  longest task:      ${run.longtasks.length === 0 ? 'none over 50 ms' : `${ms(longest)} (${run.longtasks.length} tasks over 50 ms; longest by step: ${[...byStep].map(([name, d]) => `${name} ${ms(d)}`).join(', ')})`}`,
    );
    if (trace) {
      const tasks = await trace.stop('/pdf.html');
      const overCpu = tasks.filter((task) => task.cpuMs > 50);
      const overWall = tasks.filter((task) => task.wallMs > 50);
      const longestCpu = Math.max(0, ...tasks.map((task) => task.cpuMs));
      console.log(
        `  traced:            ${overCpu.length} tasks over 50 ms of main-thread CPU (longest ${ms(longestCpu)}), ${overWall.length} over 50 ms of wall time (longest ${ms(Math.max(0, ...tasks.map((task) => task.wallMs)))})`,
      );
      for (const task of tasks) {
        console.log(
          `    at ${ms(task.at)}: ${ms(task.wallMs)} wall, ${ms(task.cpuMs)} CPU, in ${task.step.replace(/soi:(pdf:)?/g, '')}: ${task.inside.join(', ')}`,
        );
      }
    }
    console.log(`(machine load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)})`);
  } finally {
    await soi.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
