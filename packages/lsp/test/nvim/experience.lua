-- Headless Neovim (0.7+), its built-in LSP client and no plugins: what an author sees.
-- KEHOACH_SCENARIO says what to do:
--   rename   rename an agency written by its name (KEHOACH_LINE/KEHOACH_COL, 1-based): the
--            messages Neovim shows (vim.notify);
--   untrusted  open a plan whose config names a plugin, without trust: the message the
--            server shows (window/showMessage);
--   render   ask kehoach/render and kehoach/resolve for the plan, as packages/lsp/README.md says.
-- Writes what it saw as JSON to KEHOACH_OUT and quits.
local out = os.getenv('KEHOACH_OUT')
local scenario = os.getenv('KEHOACH_SCENARIO')
local root = os.getenv('KEHOACH_ROOT')
local plan = os.getenv('KEHOACH_PLAN')
local result = { errors = {}, notified = {}, shown = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  -- What the author reads: notifications (errors of requests land here), and the
  -- server's own messages.
  vim.notify = function(msg, level) table.insert(result.notified, { message = msg, level = level }) end
  local show = vim.lsp.handlers['window/showMessage']
  vim.lsp.handlers['window/showMessage'] = function(e, params, ctx, config)
    if params then table.insert(result.shown, params.message) end
    return show(e, params, ctx, config)
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = {
    name = 'kehoach',
    cmd = { os.getenv('KEHOACH_NODE') or 'node', os.getenv('KEHOACH_SERVER'), '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
    flags = { debounce_text_changes = 0 },
  }
  local client_id
  if vim.lsp.start and vim.fn.has('nvim-0.8') == 1 then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  if not vim.wait(120000, function() return #vim.lsp.buf_get_clients(bufnr) > 0 and vim.lsp.get_client_by_id(client_id).initialized end, 50) then
    table.insert(result.errors, 'the server did not start within 120 s')
    return
  end

  if scenario == 'rename' then
    vim.api.nvim_win_set_cursor(0, { tonumber(os.getenv('KEHOACH_LINE')), tonumber(os.getenv('KEHOACH_COL')) - 1 })
    vim.lsp.buf.rename('ma-moi')
    if not vim.wait(120000, function() return #result.notified > 0 end, 50) then
      table.insert(result.errors, 'nothing was shown within 120 s')
    end
  elseif scenario == 'untrusted' then
    if not vim.wait(120000, function() return #result.shown > 0 end, 50) then
      table.insert(result.errors, 'no message within 120 s')
    end
  elseif scenario == 'render' then
    local doc = { uri = vim.uri_from_bufnr(bufnr) }
    local function ask(method, params)
      local responses = vim.lsp.buf_request_sync(bufnr, method, params, 120000) or {}
      for _, r in pairs(responses) do
        if r.err then table.insert(result.errors, method .. ': ' .. vim.inspect(r.err)) end
        if r.result then return r.result end
      end
    end
    result.html = ask('kehoach/render', { textDocument = doc, format = 'html' })
    result.resolved = ask('kehoach/resolve', { textDocument = doc })
  end
end)

if not ok then table.insert(result.errors, tostring(err)) end
finish()
