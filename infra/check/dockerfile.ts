import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { DOCKERFILE, type Problem } from './paths';

/** dockerfile-utils' validator (the one behind the Dockerfile language server), then the
 * rules of this project: several stages, pinned base images, and a final stage that runs
 * as a user other than root. */
export function checkDockerfile(content = readFileSync(DOCKERFILE, 'utf8')): Problem[] {
  const path = DOCKERFILE;
  const problems: Problem[] = validate(content).map((diagnostic) => ({
    file: path,
    message: `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`,
  }));
  const dockerfile = DockerfileParser.parse(content);
  const stages = dockerfile.getFROMs();
  if (stages.length < 2) problems.push({ file: path, message: 'must build in several stages' });
  const defaults = new Map(
    dockerfile
      .getInitialARGs()
      .map((arg) => arg.getArgumentsContent()!.split('=') as [string, string]),
  );
  for (const from of stages) {
    const image = from.getImage() ?? '';
    const resolved = image.replace(
      /^\$\{?(\w+)\}?$/,
      (_all, name: string) => defaults.get(name) ?? image,
    );
    const earlierStage = stages.some((candidate) => candidate.getBuildStage() === resolved);
    if (!earlierStage && (!/:[\w.-]+$/.test(resolved) || resolved.endsWith(':latest'))) {
      problems.push({ file: path, message: `FROM ${image} must name a pinned tag` });
    }
  }
  const last = stages.at(-1)!;
  const finalInstructions = dockerfile
    .getInstructions()
    .filter((instruction) => instruction.getRange().start.line > last.getRange().start.line);
  const user = finalInstructions
    .filter((instruction) => instruction.getKeyword() === 'USER')
    .at(-1);
  const name = user?.getArgumentsContent()?.trim();
  if (!name || name === 'root' || name === '0' || name.startsWith('0:')) {
    problems.push({ file: path, message: 'the final stage must run as a user other than root' });
  }
  return problems;
}
