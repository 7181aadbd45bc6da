// Timeline page: plain JavaScript, no build step, no remote resources.
(() => {
  'use strict';

  const API = 'api/v1';
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const TYPES = ['meeting', 'visit', 'agreement', 'statement', 'accusation', 'military_cooperation', 'invitation', 'other'];
  const DAY = 86400000;
  const MAX_PAGES = 20;

  const STRINGS = {
    en: {
      title: 'Russia–North Korea relations: timeline', api: 'API reference', actor: 'Actor', actorHint: 'id or name, e.g. Lavrov or لافروف',
      type: 'Type', allTypes: 'All types', from: 'From', to: 'To', text: 'Text', textHint: 'words in summaries and evidence',
      apply: 'Apply', clear: 'Clear', axis: 'Time axis', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', events: 'Events',
      empty: 'No events match these filters.', pick: 'Select an event on the axis or in the list to see its evidence and sources.',
      liveConnecting: 'Connecting…', liveOpen: 'Live', liveError: 'Reconnecting…', count: n => `${n} event${n === 1 ? '' : 's'}`,
      date: 'Date', status: 'Status', participants: 'Participants', location: 'Location', countries: 'Countries', sources: 'Sources',
      evidence: 'Evidence', history: 'History', reported: 'First reported', sourceCount: n => `${n} source${n === 1 ? '' : 's'}`,
      moreEvidence: 'More evidence', shownOf: (n, total) => `${n} of ${total}`, earlierChanges: n => `${n} earlier change${n === 1 ? '' : 's'} not shown`,
      precision: { day: 'day', month: 'month', year: 'year' }, undated: 'undated', loading: 'Loading…', newEvent: 'new',
      types: { meeting: 'Meeting', visit: 'Visit', agreement: 'Agreement', statement: 'Statement', accusation: 'Accusation',
        military_cooperation: 'Military cooperation', invitation: 'Invitation', other: 'Other' },
      statuses: { occurred: 'occurred', planned: 'planned', denied: 'denied', retired: 'retired' },
      roles: { actor: 'actor', counterpart: 'counterpart', target: 'target' },
      langButton: 'العربية', langLabel: 'ar', badRequest: 'The query was refused:', failed: 'The timeline could not be loaded.',
      tooMany: 'Too many requests: wait a moment and try again.', notFound: 'This event no longer exists.',
    },
    ar: {
      title: 'العلاقات الروسية الكورية الشمالية: الخط الزمني', api: 'مرجع الواجهة البرمجية', actor: 'الفاعل', actorHint: 'المعرّف أو الاسم، مثل لافروف أو Lavrov',
      type: 'النوع', allTypes: 'كل الأنواع', from: 'من', to: 'إلى', text: 'نص', textHint: 'كلمات في الملخصات والشواهد',
      apply: 'تطبيق', clear: 'مسح', axis: 'المحور الزمني', zoomIn: 'تكبير', zoomOut: 'تصغير', fit: 'ملاءمة', events: 'الأحداث',
      empty: 'لا توجد أحداث تطابق هذه المرشحات.', pick: 'اختر حدثًا على المحور أو في القائمة لعرض شواهده ومصادره.',
      liveConnecting: 'جارٍ الاتصال…', liveOpen: 'مباشر', liveError: 'إعادة الاتصال…',
      count: n => arabicCount(n, ['لا أحداث', 'حدث واحد', 'حدثان', 'أحداث', 'حدثًا', 'حدث']),
      date: 'التاريخ', status: 'الحالة', participants: 'المشاركون', location: 'المكان', countries: 'الدول', sources: 'المصادر',
      evidence: 'الشواهد', history: 'السجل', reported: 'أول تغطية',
      moreEvidence: 'مزيد من الشواهد', shownOf: (n, total) => `${n} من ${total}`, earlierChanges: n => `تغييرات سابقة غير معروضة: ${n}`,
      sourceCount: n => arabicCount(n, ['لا مصادر', 'مصدر واحد', 'مصدران', 'مصادر', 'مصدرًا', 'مصدر']),
      precision: { day: 'يوم', month: 'شهر', year: 'سنة' }, undated: 'بلا تاريخ', loading: 'جارٍ التحميل…', newEvent: 'جديد',
      types: { meeting: 'لقاء', visit: 'زيارة', agreement: 'اتفاق', statement: 'تصريح', accusation: 'اتهام',
        military_cooperation: 'تعاون عسكري', invitation: 'دعوة', other: 'أخرى' },
      statuses: { occurred: 'وقع', planned: 'مخطط', denied: 'منفي', retired: 'مسحوب' },
      roles: { actor: 'فاعل', counterpart: 'طرف مقابل', target: 'مستهدف' },
      langButton: 'English', langLabel: 'en', badRequest: 'رُفض الاستعلام:', failed: 'تعذّر تحميل الخط الزمني.',
      tooMany: 'طلبات كثيرة جدًا: انتظر قليلًا ثم أعد المحاولة.', notFound: 'لم يعد هذا الحدث موجودًا.',
      // The page's own wording for each parameter the API refuses; the value is shown isolated after it.
      fieldErrors: {
        actor: 'لا يوجد فاعل بهذا الاسم أو المعرّف:', type: 'نوع غير معروف:', from: 'تاريخ البداية غير صالح:',
        to: 'تاريخ النهاية غير صالح:', toBeforeFrom: 'تاريخ النهاية يسبق تاريخ البداية.', q: 'النص أطول من المسموح.',
        other: 'قيمة غير مقبولة:',
      },
    },
  };

  // Arabic counts take one of six forms: zero, one, two, few (3–10), many (11–99), other.
  function arabicCount(n, [zero, one, two, few, many, other]) {
    switch (new Intl.PluralRules('ar').select(n)) {
      case 'zero': return zero;
      case 'one': return one;
      case 'two': return two;
      case 'few': return `${n} ${few}`;
      case 'many': return `${n} ${many}`;
      default: return `${n} ${other}`;
    }
  }

  const $ = id => document.getElementById(id);
  const state = {
    lang: localStorage.getItem('timeline.lang') === 'ar' ? 'ar' : 'en',
    events: new Map(),
    actors: [],
    filters: {},
    selected: null,
    fresh: new Set(),
    view: null,
    loading: false,
    failure: null,
    loads: 0,
  };
  const t = key => STRINGS[state.lang][key];
  const arabicUi = () => state.lang === 'ar';

  // ---- text helpers ----
  const isArabic = s => /[\u0600-\u06FF]/.test(s || '');
  // Same folding as the server's TextNormalizer, so live events are filtered like queried ones.
  const fold = s => (s || '').replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/[ىی]/g, 'ي').replace(/ک/g, 'ك')
    .replace(/[\u0640\u064B-\u065F\u0670]/g, '').replace(/[٠-٩]/g, d => String(d.charCodeAt(0) - 0x660)).toLowerCase();
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v; else if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  };
  const textEl = (tag, text, attrs = {}) => el(tag, { ...attrs, dir: 'auto', lang: isArabic(text) ? 'ar' : undefined, text });
  // Dates, times, ids and outlet names are left-to-right runs wherever they sit.
  const ltr = text => el('bdi', { dir: 'ltr', text });
  // The gateway writes summaries, places and names in both languages; the English one stands in when no Arabic exists.
  const summaryOf = e => (arabicUi() && e.summaryAr) || e.summary;
  const locationOf = e => (arabicUi() && e.locationAr) || e.location;
  const nameOf = p => (arabicUi() && p.nameAr) || p.name;
  const countryOf = code => (arabicUi() && (state.actors.find(a => a.id === code) || {}).nameAr) || code;
  const listOf = items => items.join(arabicUi() ? '، ' : ', ');
  // A row of parts with a separator between each; callers wrap parts in the other script in <bdi> so they cannot reorder their neighbours.
  const joined = (parts, separator = ' · ') => parts.filter(Boolean).flatMap((part, i) => i === 0 ? [part] : [separator, part]);
  const dateMs = e => e.date ? Date.parse(e.date.start + 'T00:00:00Z') : null;
  const midMs = e => e.date ? (Date.parse(e.date.start + 'T00:00:00Z') + Date.parse(e.date.end + 'T00:00:00Z')) / 2 + DAY / 2 : null;
  const typeColor = type => getComputedStyle(document.documentElement).getPropertyValue('--t-' + type).trim() || '#34495e';

  // ---- language ----
  function applyLanguage() {
    const html = document.documentElement;
    html.lang = state.lang;
    html.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    for (const node of document.querySelectorAll('[data-i18n]')) {
      const value = t(node.dataset.i18n);
      if (typeof value === 'string') node.textContent = value;
    }
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
    for (const node of document.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
    $('lang').textContent = t('langButton');
    $('lang').lang = t('langLabel');
    document.title = t('title');
    const select = $('f-type');
    for (const option of select.options) if (option.value) option.textContent = t('types')[option.value];
    setLive($('live').dataset.state);
    renderActorList();
    showError(state.failure);
    renderAll();
  }

  // ---- loading ----
  function queryString(extra = {}) {
    const p = new URLSearchParams();
    const f = state.filters;
    if (f.actor) p.append('actor', f.actor);
    if (f.type) p.append('type', f.type);
    if (f.from) p.append('from', f.from);
    if (f.to) p.append('to', f.to);
    if (f.q) p.append('q', f.q);
    for (const [k, v] of Object.entries(extra)) p.append(k, v);
    return p.toString();
  }

  async function getJson(url) {
    // The page always wants the current timeline (the stream keeps it current after that), so it skips the browser's
    // cache: in Chromium, reopening an address whose list was already cached could leave the page on "Loading…".
    const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) {
      const error = new Error(`${response.status}`);
      error.status = response.status;
      try {
        error.problem = await response.json();
      } catch { /* not a problem document */ }
      throw error;
    }
    return response.json();
  }

  async function loadEvents() {
    // Only the latest load may fill the page: a slower earlier one (filters changed, back pressed) is dropped.
    const load = ++state.loads;
    state.loading = true;
    state.failure = null;
    showError(null);
    renderList();
    const loaded = new Map();
    let failure = null;
    try {
      let cursor = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const qs = queryString(cursor ? { limit: 500, cursor } : { limit: 500 });
        const body = await getJson(`${API}/events?${qs}`);
        for (const e of body.items) loaded.set(e.id, e);
        cursor = body.nextCursor;
        if (!cursor) break;
      }
    } catch (error) {
      failure = error;
      loaded.clear();
    }
    if (load !== state.loads) return;
    state.loading = false;
    state.failure = failure;
    showError(failure);
    state.events = loaded;
    state.view = null;
    if (!failure && state.selected && !loaded.has(state.selected)) {
      state.selected = null;
      writeUrl('replace');
    }
    renderAll();
    if (state.selected && !(state.detail && state.detail.id === state.selected)) loadDetail(state.selected);
    document.body.dataset.loaded = 'true';
  }

  async function loadActors() {
    try {
      const body = await getJson(`${API}/actors`);
      state.actors = body.items;
      renderActorList();
    } catch { /* the actor box still accepts ids and aliases */ }
  }

  // Suggestions in the interface language; the other language's name is the label, and either is accepted by the API.
  function renderActorList() {
    $('actor-list').replaceChildren(...state.actors.map(actor => {
      const [value, other] = arabicUi() && actor.nameAr ? [actor.nameAr, actor.name] : [actor.name, actor.nameAr];
      return el('option', { value, label: [value, other].filter(Boolean).join(' · ') });
    }));
  }

  // The message for a failed request, in the interface language; the API's English details are shown only in English.
  function errorLines(error) {
    if (error.status === 429) return [[t('tooMany')]];
    if (error.status === 404) return [[t('notFound')]];
    if (error.status !== 400) return [[t('failed')]];
    const errors = (error.problem && error.problem.errors) || {};
    if (!arabicUi()) {
      const details = Object.values(errors).flat();
      if (details.length === 0 && error.problem && error.problem.detail) details.push(error.problem.detail);
      return [[t('badRequest')], ...details.map(message => [message])];
    }
    const words = t('fieldErrors');
    const f = state.filters;
    return [[t('badRequest')], ...Object.keys(errors).map(key => {
      if (key === 'to' && /^\d{4}-\d{2}-\d{2}$/.test(f.from || '') && /^\d{4}-\d{2}-\d{2}$/.test(f.to || '') && f.to < f.from) {
        return [words.toBeforeFrom];
      }
      const value = f[key] || '';
      return [words[key] || words.other, ' ', key === 'from' || key === 'to' ? ltr(value) : textEl('bdi', value || key)];
    })];
  }

  function showError(error) {
    const box = $('error');
    box.hidden = !error;
    box.replaceChildren(...(error ? errorLines(error).map(parts => el('div', {}, ...parts)) : []));
  }

  // ---- rendering ----
  function sortedEvents() {
    return [...state.events.values()].sort((a, b) => {
      const da = dateMs(a) ?? Infinity, db = dateMs(b) ?? Infinity;
      return da - db || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
  }

  function renderAll() {
    renderList();
    renderAxis();
    renderLegend();
    renderDetail();
  }

  function renderList() {
    const list = $('events');
    const events = sortedEvents();
    list.replaceChildren();
    for (const e of events) {
      const item = el('li', {
        class: [`status-${e.status}`, e.id === state.selected ? 'selected' : '', state.fresh.has(e.id) ? 'fresh' : ''].join(' ').trim(),
        'data-id': e.id, tabindex: '0',
      },
      el('span', { class: 'date', text: e.date ? e.date.value : t('undated') }),
      el('span', { class: 'summary' },
        el('span', { class: 'badge', style: `background:${typeColor(e.type)}`, text: t('types')[e.type] || e.type }),
        textEl('bdi', summaryOf(e))),
      el('span', { class: 'meta' }, ...joined([
        t('statuses')[e.status] || e.status,
        t('sourceCount')(e.sourceCount),
        locationOf(e) ? textEl('bdi', locationOf(e)) : null,
        state.fresh.has(e.id) ? t('newEvent') : null,
      ])));
      item.addEventListener('click', () => select(e.id));
      item.addEventListener('keydown', ev => { if (ev.key === 'Enter') select(e.id); });
      list.append(item);
    }
    // "Loading…" and "No events match" never show together: the empty message waits for a finished, successful load.
    $('empty').hidden = state.loading || state.failure !== null || events.length > 0;
    $('count').textContent = state.loading ? t('loading') : t('count')(events.length);
    $('events').closest('section').setAttribute('aria-busy', String(state.loading));
  }

  function renderLegend() {
    const legend = $('legend');
    legend.replaceChildren(...TYPES.map(type => el('li', {}, el('span', { class: 'swatch', style: `background:${typeColor(type)}` }), t('types')[type])));
  }

  function fitView() {
    const times = sortedEvents().map(midMs).filter(x => x !== null);
    if (times.length === 0) {
      const now = Date.now();
      return [now - 365 * DAY, now];
    }
    const min = Math.min(...times), max = Math.max(...times);
    const pad = Math.max((max - min) * 0.05, 15 * DAY);
    return [min - pad, max + pad];
  }

  function ticks(start, end) {
    const span = end - start;
    const out = [];
    const d = new Date(start);
    if (span > 6 * 365 * DAY) {
      for (let y = d.getUTCFullYear(); ; y++) { const ms = Date.UTC(y, 0, 1); if (ms > end) break; if (ms >= start) out.push([ms, String(y)]); }
    } else if (span > 120 * DAY) {
      const step = span > 3 * 365 * DAY ? 6 : span > 365 * DAY ? 3 : 1;
      for (let m = d.getUTCFullYear() * 12 + d.getUTCMonth(); ; m++) {
        const ms = Date.UTC(Math.floor(m / 12), m % 12, 1);
        if (ms > end) break;
        if (ms >= start && (m % 12) % step === 0) out.push([ms, new Date(ms).toISOString().slice(0, 7)]);
      }
    } else {
      const step = span > 60 * DAY ? 7 : span > 20 * DAY ? 2 : 1;
      for (let ms = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()); ms <= end; ms += step * DAY) {
        if (ms >= start) out.push([ms, new Date(ms).toISOString().slice(0, 10)]);
      }
    }
    return out;
  }

  // A label takes about 7px a character at the axis font size, plus a gap: on a narrow screen keep every n-th tick so
  // that no label is drawn over the next one.
  function spaced(list, width) {
    if (list.length < 2) return list;
    const labelWidth = Math.max(...list.map(([, label]) => label.length)) * 7 + 12;
    const room = Math.max(1, Math.floor((width - 20) / labelWidth));
    const stride = Math.ceil(list.length / room);
    return list.filter((_, i) => i % stride === 0);
  }

  function renderAxis() {
    const svg = $('axis');
    const width = svg.clientWidth || 800, height = svg.clientHeight || 170;
    if (!state.view) state.view = fitView();
    const [start, end] = state.view;
    const x = ms => ((ms - start) / (end - start)) * (width - 20) + 10;
    const base = height - 28;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.replaceChildren();
    const svgEl = (tag, attrs) => { const n = document.createElementNS(SVG_NS, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); return n; };
    for (const [ms, label] of spaced(ticks(start, end), width)) {
      const g = svgEl('g', { class: 'tick' });
      g.append(svgEl('line', { x1: x(ms), x2: x(ms), y1: 4, y2: base + 4 }));
      if (x(ms) + 3 + label.length * 7 <= width) {
        const text = svgEl('text', { x: x(ms) + 3, y: height - 10 });
        text.textContent = label;
        g.append(text);
      }
      svg.append(g);
    }
    svg.append(svgEl('line', { class: 'baseline', x1: 0, x2: width, y1: base, y2: base }));
    // Events close together stack upwards so none hides another; tall stacks are squeezed to fit.
    const placed = [];
    const stacks = new Map();
    for (const e of sortedEvents()) {
      const ms = midMs(e);
      if (ms === null || ms < start || ms > end) continue;
      const px = x(ms);
      const slot = Math.round(px / 10);
      const level = stacks.get(slot) || 0;
      stacks.set(slot, level + 1);
      placed.push([e, px, level]);
    }
    const highest = Math.max(1, ...stacks.values());
    const step = Math.min(13, (base - 16) / highest);
    for (const [e, px, level] of placed) {
      const dot = svgEl('circle', {
        class: ['dot', e.id === state.selected ? 'selected' : '', state.fresh.has(e.id) ? 'fresh' : ''].join(' ').trim(),
        cx: px, cy: base - 9 - level * step, r: Math.min(e.sourceCount > 1 ? 6.5 : 5, Math.max(step / 2, 3)), fill: typeColor(e.type), 'data-id': e.id,
      });
      if (e.status === 'planned') dot.setAttribute('fill-opacity', '0.45');
      const title = svgEl('title', {});
      title.textContent = `${e.date.value} — ${summaryOf(e)}`;
      dot.append(title);
      dot.addEventListener('click', ev => { ev.stopPropagation(); select(e.id); });
      svg.append(dot);
    }
  }

  function zoom(factor, centerRatio = 0.5) {
    const [start, end] = state.view || fitView();
    const span = Math.min(Math.max((end - start) * factor, 3 * DAY), 80 * 365 * DAY);
    const center = start + (end - start) * centerRatio;
    state.view = [center - span * centerRatio, center + span * (1 - centerRatio)];
    renderAxis();
  }

  function installAxisControls() {
    const svg = $('axis');
    svg.addEventListener('wheel', ev => {
      ev.preventDefault();
      const rect = svg.getBoundingClientRect();
      zoom(ev.deltaY < 0 ? 0.8 : 1.25, Math.min(Math.max((ev.clientX - rect.left) / rect.width, 0), 1));
    }, { passive: false });
    let drag = null;
    svg.addEventListener('pointerdown', ev => {
      if (ev.target.classList.contains('dot')) return;
      drag = { x: ev.clientX, view: state.view };
      svg.setPointerCapture(ev.pointerId);
      svg.classList.add('dragging');
    });
    svg.addEventListener('pointermove', ev => {
      if (!drag) return;
      const [start, end] = drag.view;
      const shift = ((ev.clientX - drag.x) / svg.clientWidth) * (end - start);
      state.view = [start - shift, end - shift];
      renderAxis();
    });
    const stop = () => { drag = null; svg.classList.remove('dragging'); };
    svg.addEventListener('pointerup', stop);
    svg.addEventListener('pointercancel', stop);
    $('zoom-in').addEventListener('click', () => zoom(0.5));
    $('zoom-out').addEventListener('click', () => zoom(2));
    $('zoom-reset').addEventListener('click', () => { state.view = fitView(); renderAxis(); });
    window.addEventListener('resize', () => renderAxis());
  }

  // ---- detail ----
  async function select(id, history = 'push') {
    state.selected = id;
    writeUrl(history);
    renderList();
    renderAxis();
    await loadDetail(id);
  }

  async function loadDetail(id) {
    let full;
    try {
      full = await getJson(`${API}/events/${encodeURIComponent(id)}`);
    } catch {
      full = state.events.get(id) || null;
    }
    if (state.selected !== id) return;
    state.detail = full;
    // The event carries a sample of its mentions; the evidence list pages through all of them.
    state.mentions = { id, items: [], next: null, total: full ? full.mentionCount || (full.mentions || []).length : 0 };
    renderDetail();
    await loadMentions(id, null);
  }

  const MENTION_PAGE = 20;

  async function loadMentions(id, cursor) {
    let page = null;
    try {
      page = await getJson(`${API}/events/${encodeURIComponent(id)}/mentions?limit=${MENTION_PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    } catch {
      // The sample the event carries stays shown.
    }
    const m = state.mentions;
    if (!page || state.selected !== id || !m || m.id !== id) return;
    m.items.push(...page.items);
    m.next = page.nextCursor;
    m.total = page.mentionCount;
    renderDetail();
  }

  // History entries are written by the timeline service in English; the usual ones are said in Arabic here.
  const HISTORY_AR = [
    [/^created$/, () => ['أُنشئ الحدث']],
    [/^mention added(?: \((.+)\))?$/, m => ['أُضيفت إشارة', m[1] ? [' (', ltr(m[1]), ')'] : []]],
    [/^(\d+) mentions added \((.+)\)$/, m => ['أُضيفت إشارات: ', ltr(m[1]), ' (', ltr(m[2]), ')']],
    [/^mention removed$/, () => ['أُزيلت إشارة']],
    [/^(\d+) mentions removed$/, m => ['أُزيلت إشارات: ', ltr(m[1])]],
    [/^mentions updated$/, () => ['حُدّثت الإشارات']],
    [/^status (\S+) → (\S+)$/, m => ['الحالة: ', t('statuses')[m[1]] || m[1], ' ← ', t('statuses')[m[2]] || m[2]]],
    [/^date refined (\S+) → (\S+)$/, m => ['دُقّق التاريخ: ', ltr(m[1]), ' ← ', ltr(m[2])]],
    [/^date changed (\S+) → (\S+)$/, m => ['تغيّر التاريخ: ', ltr(m[1]), ' ← ', ltr(m[2])]],
    [/^date disagreements: (.+)$/, m => ['تواريخ متعارضة: ', ltr(m[1])]],
    [/^sources (\d+) → (\d+)$/, m => ['المصادر: ', ltr(m[1]), ' ← ', ltr(m[2])]],
    [/^participants changed$/, () => ['تغيّر المشاركون']],
    [/^location (.+) → (.+)$/, m => ['المكان: ', textEl('bdi', m[1]), ' ← ', textEl('bdi', m[2])]],
    [/^summary changed$/, () => ['تغيّر الملخص']],
    [/^merged into (\S+)$/, m => ['دُمج في ', ltr(m[1])]],
    [/^merged (\S+)$/, m => ['دُمج معه ', ltr(m[1])]],
    [/^retired: (.+)$/, m => ['سُحب: ', textEl('bdi', m[1])]],
  ];

  function historyText(change) {
    if (!arabicUi()) return [change];
    for (const [pattern, say] of HISTORY_AR) {
      const match = pattern.exec(change);
      if (match) return say(match).flat();
    }
    return [textEl('bdi', change)];
  }

  function renderDetail() {
    const panel = $('detail');
    const e = state.detail && state.detail.id === state.selected ? state.detail : (state.selected ? state.events.get(state.selected) : null);
    if (!e) {
      panel.replaceChildren(el('p', { class: 'placeholder', text: t('pick') }));
      return;
    }
    const facts = el('dl', {});
    const add = (label, ...value) => { if (value.length && value[0]) facts.append(el('dt', { text: label }), el('dd', {}, ...value)); };
    add(t('date'), e.date ? el('bdi', { dir: 'ltr', text: e.date.value }) : t('undated'), e.date ? ` (${t('precision')[e.date.precision] || e.date.precision})` : '');
    add(t('type'), t('types')[e.type] || e.type);
    add(t('status'), t('statuses')[e.status] || e.status);
    add(t('participants'), ...joined(e.participants.map(p => el('span', {}, textEl('bdi', nameOf(p)), ` (${t('roles')[p.role] || p.role})`)), arabicUi() ? '، ' : ', '));
    add(t('location'), locationOf(e) ? textEl('bdi', locationOf(e)) : null);
    add(t('countries'), listOf(e.countries.map(countryOf)));
    add(t('sources'), t('sourceCount')(e.sourceCount));
    add(t('reported'), el('bdi', { dir: 'ltr', text: (e.firstReportedAt || '').slice(0, 10) }));

    const paged = state.mentions && state.mentions.id === e.id && state.mentions.items.length ? state.mentions : null;
    const shown = paged ? paged.items : (e.mentions || []);
    const total = paged ? paged.total : (e.mentionCount || shown.length);
    const heading = el('h4', { text: t('evidence') });
    if (total > shown.length) heading.append(' (', ltr(t('shownOf')(shown.length, total)), ')');
    const mentions = el('section', { class: 'mentions' }, heading);
    for (const m of shown) {
      const arabic = isArabic(m.sentence);
      // Only an absolute http(s) URL becomes a link: a stored javascript: or data: URL must never be clickable.
      const url = /^https?:\/\/[^/]/i.test(m.url || '') ? m.url : null;
      const link = url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', dir: 'ltr', text: m.source }) : el('span', { text: m.source });
      mentions.append(el('figure', { class: 'mention' },
        el('blockquote', { dir: arabic ? 'rtl' : 'auto', lang: arabic ? 'ar' : 'en', cite: url || undefined, text: m.sentence }),
        el('figcaption', { class: 'source' }, '— ', link, m.publishedAt ? ` · ${m.publishedAt.slice(0, 10)}` : '')));
    }
    if (paged && paged.next) {
      const more = el('button', { type: 'button', class: 'more', text: t('moreEvidence') });
      more.addEventListener('click', () => { more.disabled = true; loadMentions(e.id, paged.next); });
      mentions.append(more);
    }
    const history = el('ol', { class: 'history' }, ...(e.history || []).map(h =>
      el('li', {}, ltr(h.at.slice(0, 16).replace('T', ' ')), ' — ', ...historyText(h.change))));
    const earlier = (e.historyCount || 0) - (e.history || []).length;
    const historyNote = earlier > 0 ? el('p', { class: 'placeholder', text: t('earlierChanges')(earlier) }) : '';
    panel.replaceChildren(textEl('h3', summaryOf(e)), facts, mentions, el('h4', { text: t('history') }), historyNote, history);
  }

  // ---- live updates ----
  function matchesFilters(e) {
    const f = state.filters;
    if (e.status === 'retired') return false;
    if (f.type && e.type !== f.type) return false;
    if (f.from && (!e.date || e.date.end < f.from)) return false;
    if (f.to && (!e.date || e.date.start > f.to)) return false;
    if (f.actorId && !e.participants.some(p => p.actorId === f.actorId)) return false;
    if (f.q) {
      const haystack = fold([e.summary, ...(e.mentions || []).map(m => m.sentence)].join(' '));
      if (!haystack.includes(fold(f.q))) return false;
    }
    return true;
  }

  function setLive(stateName) {
    const badge = $('live');
    badge.dataset.state = stateName;
    badge.textContent = t(stateName === 'open' ? 'liveOpen' : stateName === 'error' ? 'liveError' : 'liveConnecting');
  }

  function upsert(e, fresh) {
    if (matchesFilters(e)) {
      state.events.set(e.id, e);
      if (fresh) state.fresh.add(e.id);
    } else {
      state.events.delete(e.id);
    }
    if (state.detail && state.detail.id === e.id) state.detail = e;
  }

  function connectStream() {
    const source = new EventSource(`${API}/stream`);
    source.addEventListener('open', () => setLive('open'));
    source.addEventListener('error', () => setLive('error'));
    source.addEventListener('ready', () => setLive('open'));
    source.addEventListener('reset', () => { setLive('open'); loadEvents(); });
    source.addEventListener('created', msg => { upsert(JSON.parse(msg.data).event, true); renderAll(); });
    source.addEventListener('updated', msg => { upsert(JSON.parse(msg.data).event, false); renderAll(); });
    source.addEventListener('merged', msg => {
      const data = JSON.parse(msg.data);
      for (const id of data.retiredIds) {
        state.events.delete(id);
        if (state.selected === id) {
          state.selected = data.event.id;
          writeUrl('replace');
        }
      }
      upsert(data.event, false);
      renderAll();
    });
    source.addEventListener('retired', msg => { state.events.delete(JSON.parse(msg.data).eventId); renderAll(); });
  }

  // ---- filters and the address ----
  // The filters, the selected event and an Arabic interface live in the query string, so a view can be bookmarked or shared.
  const URL_FILTERS = ['actor', 'type', 'from', 'to', 'q'];

  function actorIdOf(actor) {
    const folded = fold(actor);
    const match = folded && state.actors.find(a => [a.id, a.name, a.nameAr, ...(a.aliases.en || []), ...(a.aliases.ar || [])].some(n => n && fold(n) === folded));
    return match ? match.id : null;
  }

  function setFilters(filters) {
    state.filters = { ...filters, actorId: actorIdOf(filters.actor) };
  }

  function readFilters() {
    setFilters({ actor: $('f-actor').value.trim(), type: $('f-type').value, from: $('f-from').value, to: $('f-to').value, q: $('f-q').value.trim() });
  }

  function showFilters() {
    $('f-actor').value = state.filters.actor || '';
    $('f-type').value = state.filters.type || '';
    $('f-from').value = state.filters.from || '';
    $('f-to').value = state.filters.to || '';
    $('f-q').value = state.filters.q || '';
  }

  function readUrl() {
    const p = new URLSearchParams(location.search);
    const filters = {};
    for (const key of URL_FILTERS) filters[key] = (p.get(key) || '').trim();
    return { filters, selected: p.get('event') || null, lang: ['ar', 'en'].includes(p.get('lang')) ? p.get('lang') : null };
  }

  function writeUrl(mode) {
    if (!mode) return;
    const p = new URLSearchParams();
    for (const key of URL_FILTERS) if (state.filters[key]) p.set(key, state.filters[key]);
    if (state.selected) p.set('event', state.selected);
    if (state.lang === 'ar') p.set('lang', 'ar');
    const qs = p.toString();
    const url = location.pathname + (qs ? `?${qs}` : '');
    if (url === location.pathname + location.search) return;
    if (mode === 'push') history.pushState(null, '', url); else history.replaceState(null, '', url);
  }

  // Back and forward: the entry's filters and selection come back; the events are fetched again only when the filters differ.
  function restoreFromUrl() {
    const url = readUrl();
    const same = URL_FILTERS.every(key => (state.filters[key] || '') === url.filters[key]);
    setFilters(url.filters);
    showFilters();
    state.selected = url.selected;
    if (!state.selected) state.detail = null;
    writeUrl('replace'); // the language is a preference, not a step in the history: keep the current one in the address
    if (!same) {
      state.fresh.clear();
      loadEvents();
      return;
    }
    renderAll();
    if (state.selected) loadDetail(state.selected);
  }

  function init() {
    const select = $('f-type');
    for (const type of TYPES) select.append(el('option', { value: type, text: type }));
    const url = readUrl();
    state.lang = url.lang || (localStorage.getItem('timeline.lang') === 'ar' ? 'ar' : 'en');
    setFilters(url.filters);
    state.selected = url.selected;
    $('filters').addEventListener('submit', ev => {
      ev.preventDefault();
      readFilters();
      state.fresh.clear();
      writeUrl('push');
      loadEvents();
    });
    $('clear').addEventListener('click', () => {
      $('filters').reset();
      readFilters();
      writeUrl('push');
      loadEvents();
    });
    $('lang').addEventListener('click', () => {
      state.lang = state.lang === 'ar' ? 'en' : 'ar';
      localStorage.setItem('timeline.lang', state.lang);
      writeUrl('replace');
      applyLanguage();
    });
    window.addEventListener('popstate', restoreFromUrl);
    installAxisControls();
    applyLanguage();
    showFilters();
    loadActors().then(() => { setFilters(state.filters); renderAll(); });
    loadEvents();
    connectStream();
  }

  init();
})();
