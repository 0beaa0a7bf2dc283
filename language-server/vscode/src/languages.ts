/** The DynaDeploy languages as VS Code knows them (see package.json's contributes.languages). */
export const LANGUAGES = [
  { id: 'dynadeploy-services', extension: 'services' },
  { id: 'dynadeploy-infra', extension: 'infra' },
  { id: 'dynadeploy-qos', extension: 'qos' },
  { id: 'dynadeploy-idres', extension: 'idres' },
  { id: 'dynadeploy-dist', extension: 'dist' },
  { id: 'dynadeploy-ids', extension: 'ids' },
] as const;

export const POLICY_LANGUAGE = 'dynadeploy-qos';

/** A glob of every DynaDeploy model file. */
export const MODEL_FILES_GLOB = `**/*.{${LANGUAGES.map(language => language.extension).join(',')}}`;

/** Folders the server does not load models from (docs/languages.md: hidden folders and target/). */
export const EXCLUDED_FOLDERS_GLOB = '{**/node_modules/**,**/target/**,**/.*/**}';

/** The server's workspace commands (org.dynadeploy.lang.ide.commands.CommandIds). */
export const SERVER_COMMANDS = {
  plan: 'dynadeploy.plan',
  assignIds: 'dynadeploy.assignIds',
  generateDocs: 'dynadeploy.generateDocs',
} as const;

export type ServerCommand = typeof SERVER_COMMANDS[keyof typeof SERVER_COMMANDS];

/** What the server answers to a command (org.dynadeploy.languageserver.commands.CommandResult). */
export interface CommandResult {
  ok: boolean;
  message: string;
  files: string[];
}

export function isCommandResult(value: unknown): value is CommandResult {
  return typeof value === 'object' && value !== null && typeof (value as CommandResult).ok === 'boolean'
    && typeof (value as CommandResult).message === 'string';
}
