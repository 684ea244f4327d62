/**
 * Size budgets of the built site (issue 14): every page at most 60 KB gzip, every JSON file a page
 * loads at most 100 KB gzip, the map's JavaScript at most 70 KB gzip. See src/lib/budgets.ts for what
 * counts. Prints the largest file of each kind; exits 1 naming every file over its budget.
 * Run after a build: npm run check:budgets.
 */
import { budgetTable, overBudgetMessages } from '../src/lib/budgets';
import { budgetReportAt } from './built-site';

const report = budgetReportAt(process.cwd());
if (!report) {
  console.error('Er is nog geen gebouwde site in dist/. Run eerst "npm run build:test" of "npm run build".');
  process.exit(1);
}
console.log(budgetTable(report).join('\n'));
if (report.problems.length > 0) {
  console.error('\nDe meting liep niet goed:');
  for (const problem of report.problems) console.error(`- ${problem}`);
}
if (report.over.length > 0) {
  console.error(`\n${report.over.length === 1 ? 'Eén bestand is' : `${report.over.length} bestanden zijn`} te groot:`);
  for (const message of overBudgetMessages(report)) console.error(`- ${message}`);
}
if (report.problems.length > 0 || report.over.length > 0) process.exit(1);
console.log('\nAlle bestanden blijven binnen de grens.');
