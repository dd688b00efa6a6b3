/** The checker's three ways of reporting: for people, for GitHub pull requests, for tools. */
import { styleText } from 'node:util';
import type { Problem } from '../analysis/problem.ts';

export type Format = 'human' | 'github' | 'json';

export function formatHuman(problems: Problem[], filesChecked: number, colour: boolean): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) =>
    colour ? styleText(style, text, { validateStream: false }) : text;
  const lines: string[] = [];
  let currentFile = '';
  for (const problem of problems) {
    if (problem.file !== currentFile) {
      if (currentFile) lines.push('');
      lines.push(paint('bold', problem.file));
      currentFile = problem.file;
    }
    const label = problem.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
    const place = `${problem.file}:${problem.line}:${problem.column}`;
    lines.push(`  ${label} ${place}  ${problem.field ? `${paint('cyan', problem.field)}  ` : ''}${problem.message}`);
    lines.push(`          ${paint('dim', `How to fix: ${problem.fix}`)}`);
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (lines.length) lines.push('');
  const summary = `${filesChecked} ${filesChecked === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`;
  lines.push(errors ? paint('red', summary) : paint('green', summary));
  return lines.join('\n');
}

/** GitHub workflow commands: each shows as an annotation on the pull request's line. */
export function formatGithub(problems: Problem[]): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems
    .map((problem) => {
      const title = problem.field || problem.rule;
      return `::${problem.severity} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(title)}::${escapeData(`${problem.message}${/[.!?]$/.test(problem.message) ? '' : '.'} How to fix: ${problem.fix}`)}`;
    })
    .join('\n');
}

export const formatJson = (problems: Problem[], filesChecked: number) =>
  JSON.stringify({ filesChecked, errors: problems.filter((p) => p.severity === 'error').length, problems }, null, 2);
