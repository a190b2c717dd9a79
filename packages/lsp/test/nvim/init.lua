-- Headless Neovim (0.7+) with its built-in LSP client and no plugins: starts
-- kehoach-lsp on a plan, records the diagnostics it publishes and the completion
-- labels at a `lead:` value, writes them as JSON and quits.
local out = os.getenv('KEHOACH_OUT')
local server = os.getenv('KEHOACH_SERVER')
local root = os.getenv('KEHOACH_ROOT')
local plan = os.getenv('KEHOACH_PLAN')
local node = os.getenv('KEHOACH_NODE') or 'node'
local result = { nvim = vim.version(), errors = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local plan_uri = vim.uri_from_fname(plan)
  local default = vim.lsp.handlers['textDocument/publishDiagnostics']
  -- The raw notification, as the server sent it: code = rule id, LSP range.
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
    if params and params.uri == plan_uri and #params.diagnostics > 0 and result.diagnostics == nil then
      result.diagnostics = params.diagnostics
    end
    return default(e, params, ctx, config)
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local bufnr = vim.api.nvim_get_current_buf()
  local start = vim.lsp.start or nil
  local config = {
    name = 'kehoach',
    cmd = { node, server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'examples' } },
    flags = { debounce_text_changes = 0 },
  }
  local client_id
  if start and vim.fn.has('nvim-0.8') == 1 then
    client_id = start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  result.client_id = client_id

  if not vim.wait(240000, function() return result.diagnostics ~= nil end, 50) then
    table.insert(result.errors, 'no diagnostics within 240 s')
  end
  -- What Neovim itself made of them (0-based lnum/col).
  result.nvim_diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.nvim_diagnostics, { lnum = d.lnum, col = d.col, code = d.code, source = d.source })
  end

  -- Type a lead value without diacritics and ask for completion at its end.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local row
  for i, l in ipairs(lines) do
    if l:match('^%s*lead:') then row = i - 1 break end
  end
  if row == nil then
    table.insert(result.errors, 'no lead: line')
    return
  end
  local function complete(typed)
    vim.api.nvim_buf_set_lines(bufnr, row, row + 1, false, { typed })
    -- character counts UTF-16 units; the typed text is ASCII, so bytes = units.
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = row, character = #typed } }
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 120000) or {}
    local labels = {}
    for _, response in pairs(responses) do
      if response.err then table.insert(result.errors, vim.inspect(response.err)) end
      local items = response.result and (response.result.items or response.result) or {}
      for _, item in ipairs(items) do table.insert(labels, item.label) end
    end
    return labels
  end
  result.labels = complete('    lead: phong van hoa')
  result.all_labels = complete('    lead: ')
end)

if not ok then table.insert(result.errors, tostring(err)) end
finish()
