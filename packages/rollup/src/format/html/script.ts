/**
 * The dashboard's only script, inline: sort a table by a column (click its header,
 * again to reverse; numbers as numbers, text in Vietnamese order), filter its rows by
 * words and by a column's value, and show one period at a time. No network, no eval.
 */
export const SCRIPT = `(() => {
  'use strict';
  const all = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const periodSelect = document.getElementById('period');
  const currentPeriod = () => (periodSelect ? periodSelect.value : '');
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

  function apply() {
    const period = currentPeriod();
    for (const el of all('.per-period')) el.hidden = !!period && el.dataset.period !== period;
    for (const section of all('section[data-table]')) {
      const table = section.querySelector('table');
      if (!table || !table.tBodies[0]) continue;
      const words = (section.querySelector('input[type=search]') || { value: '' }).value.trim().toLowerCase();
      const pick = section.querySelector('select[data-column]');
      const column = pick ? Number(pick.dataset.column) : -1;
      const wanted = pick ? pick.value : '';
      let shown = 0;
      const rows = Array.from(table.tBodies[0].rows);
      for (const row of rows) {
        const inPeriod = !row.dataset.period || !period || row.dataset.period === period;
        const hasWords = !words || row.textContent.toLowerCase().includes(words);
        const cell = column >= 0 ? row.cells[column] : undefined;
        const hasValue = !wanted || (cell && (cell.dataset.value || cell.textContent.trim()) === wanted);
        row.hidden = !(inPeriod && hasWords && hasValue);
        if (!row.hidden) shown += 1;
      }
      const count = section.querySelector('.count');
      if (count) count.textContent = shown + ' / ' + rows.length + ' dòng';
    }
  }

  function sortBy(th) {
    const table = th.closest('table');
    const index = Array.from(th.parentElement.children).indexOf(th);
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of all('th', th.parentElement)) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const numeric = th.dataset.sort === 'number';
    const key = (row) => {
      const cell = row.cells[index];
      const raw = cell ? (cell.dataset.sortValue !== undefined ? cell.dataset.sortValue : cell.textContent.trim()) : '';
      return numeric ? Number(raw.replace(',', '.')) || 0 : raw;
    };
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const d = numeric ? x - y : collator.compare(x, y);
      return ascending ? d : -d;
    });
    for (const row of rows) body.appendChild(row);
  }

  for (const th of all('th[data-sort]')) {
    th.tabIndex = 0;
    th.addEventListener('click', () => sortBy(th));
    th.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        sortBy(th);
      }
    });
  }
  for (const input of all('section[data-table] input, section[data-table] select')) input.addEventListener('input', apply);
  if (periodSelect) periodSelect.addEventListener('change', apply);
  apply();
})();`;
