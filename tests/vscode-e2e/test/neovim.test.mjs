// A second real LSP client: headless Neovim with its built-in LSP client (Lua), starting the
// language server jar over stdio on a copy of examples/stafftracker with a broken reference.
// It must publish a diagnostic for it, and answer a completion request with the services.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { copyExample, javaMajor, makeTempDir, missingTools, requireTools, skipUnless, TARGET, tools } from '../lib/tools.mjs';

const NEEDED = ['serverJar', 'javaHome', 'nvim'];
const skip = skipUnless(...NEEDED);

// In CI a missing tool is a failure, counted as one (see lib/tools.mjs).
if (!skip && missingTools(...NEEDED).length > 0) {
  test('Neovim: the tools are installed', () => requireTools(...NEEDED));
}

// Neovim 0.7 (Debian 12) has vim.lsp.start_client/buf_attach_client, vim.diagnostic and
// vim.fn.json_encode; the script avoids anything newer.
const LUA = String.raw`
local env = vim.env
local java, jar, root, file, out = env.DD_JAVA, env.DD_JAR, env.DD_ROOT, env.DD_FILE, env.DD_OUT
local result = { diagnostics = {}, completion = {}, log = {} }
local function log(message) table.insert(result.log, message) end
local function finish()
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

local ok, problem = pcall(function()
  local started = vim.loop.hrtime()
  local function ms() return math.floor((vim.loop.hrtime() - started) / 1e6) end
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buffer = vim.api.nvim_get_current_buf()
  vim.bo[buffer].filetype = 'dynadeploy-services'
  local client_id = vim.lsp.start_client({
    name = 'dynadeploy',
    cmd = vim.list_extend(vim.list_extend({ java }, vim.split(env.DD_JVM_ARGS, ' ', { trimempty = true })), { '-jar', jar }),
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'stafftracker' } },
    on_exit = function(code) log('server exited with ' .. tostring(code)) end,
  })
  if not client_id then error('the client did not start') end
  vim.lsp.buf_attach_client(buffer, client_id)

  local got = vim.wait(90000, function() return #vim.diagnostic.get(buffer) > 0 end, 100)
  log('diagnostics after ' .. ms() .. ' ms: ' .. tostring(got))
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, severity = d.severity, message = d.message })
  end

  -- Completion right after 'dependsOn ' on the line that names 'rooms'.
  local lines = vim.api.nvim_buf_get_lines(buffer, 0, -1, false)
  local row, col
  for i, line in ipairs(lines) do
    local s, e = line:find('dependsOn rooms', 1, true)
    if s then row = i - 1; col = e - #'rooms'; break end
  end
  if not row then error('no "dependsOn rooms" line') end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    position = { line = row, character = col },
    context = { triggerKind = 1 },
  }
  local responses = vim.lsp.buf_request_sync(buffer, 'textDocument/completion', params, 30000) or {}
  for _, response in pairs(responses) do
    if response.error then log('completion error: ' .. vim.inspect(response.error)) end
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do table.insert(result.completion, { label = item.label, kind = item.kind }) end
  end
  log('completion after ' .. ms() .. ' ms: ' .. #result.completion .. ' items')
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
end)
if not ok then log('error: ' .. tostring(problem)) end
finish()
`;

describe('Neovim (built-in LSP client) with the language server over stdio', { skip: skip || missingTools(...NEEDED).length > 0 }, () => {
  let temp;
  let workspace;

  before(() => {
    requireTools(...NEEDED);
    temp = makeTempDir('neovim');
    workspace = copyExample('stafftracker', temp);
    // A reference to a service that does not exist.
    const file = path.join(workspace, 'stafftracker.services');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('dependsOn staff\n', 'dependsOn staff, nowhere\n'));
  });

  after(() => {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('gets a diagnostic for the broken reference and completion items', async () => {
    const script = path.join(temp, 'client.lua');
    const out = path.join(temp, 'result.json');
    fs.writeFileSync(script, LUA);
    const started = Date.now();
    const env = {
      ...process.env,
      HOME: temp,
      XDG_CONFIG_HOME: path.join(temp, 'config'),
      XDG_DATA_HOME: path.join(temp, 'data'),
      XDG_STATE_HOME: path.join(temp, 'state'),
      XDG_CACHE_HOME: path.join(temp, 'cache'),
      DD_JAVA: path.join(tools.javaHome, 'bin', 'java'),
      DD_JAR: tools.serverJar,
      DD_JVM_ARGS: ['-Dguice_bytecode_gen_option=DISABLED', ...(javaMajor(tools.javaHome) >= 23 ? ['--sun-misc-unsafe-memory-access=allow'] : [])].join(' '),
      DD_ROOT: workspace,
      DD_FILE: path.join(workspace, 'stafftracker.services'),
      DD_OUT: out,
    };
    const output = await new Promise((resolve, reject) => {
      const child = spawn(tools.nvim, ['--headless', '--clean', '-n', '-c', `luafile ${script}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      child.stdout.on('data', chunk => { text += chunk; });
      child.stderr.on('data', chunk => { text += chunk; });
      const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`nvim timed out:\n${text}`)); }, 150000);
      child.on('exit', () => { clearTimeout(timer); resolve(text); });
    });
    fs.mkdirSync(TARGET, { recursive: true });
    assert.ok(fs.existsSync(out), `nvim wrote no result:\n${output}`);
    fs.copyFileSync(out, path.join(TARGET, 'neovim-result.json'));
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    console.log(`# neovim: ${result.log.join('; ')} (${Date.now() - started} ms in all)`);
    assert.ok(!result.log.some(line => line.startsWith('error')), result.log.join('\n'));

    const broken = result.diagnostics.find(d => /nowhere/.test(d.message));
    assert.ok(broken, `no diagnostic about 'nowhere': ${JSON.stringify(result.diagnostics)}`);
    assert.equal(broken.severity, 1, 'an error');

    const labels = result.completion.map(item => item.label);
    assert.ok(labels.includes('staff') && labels.includes('zipcodes'), `completion offered: ${labels.join(', ')}`);
  });
});
