/**
 * The compare tray. Without JavaScript an "Add to compare" link
 * (`a[data-compare-add]`) opens `/compare/?sites=<slug>`, which asks for one
 * more site. With it, the links collect up to four sites in a tray at the
 * bottom of the page with a link to `/compare/?sites=a,b,…`. The selection
 * lives in the page address (`?compare=a,b`), never in storage: reload, back
 * and a shared link keep it, and links to other pages carry it along.
 */
export {};

const MAX = 4;
const PARAM = 'compare';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Pages that do not show cards, so carrying the selection there is pointless. */
const NO_CARRY = /^\/(compare|api|admin|data)\/|\.[a-z0-9]+$/i;

const read = (value: string | null): string[] =>
  [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => SLUG.test(s)),
    ),
  ].slice(0, MAX);

let selected = read(new URL(location.href).searchParams.get(PARAM));

/** Builds an element: `el('a', { href: '/' }, 'text')`. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  // appendChild, not append: the Workers types in this project overload Element.append for HTMLRewriter.
  for (const child of children) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

const addLinks = () => document.querySelectorAll<HTMLAnchorElement>('a[data-compare-add]');
/** The site's name as the page shows it; from the slug ("indie-hackers" → "Indie hackers") when no link here names it. */
function nameOf(slug: string): string {
  const link = document.querySelector<HTMLAnchorElement>(`a[data-compare-add="${slug}"]`);
  return link?.dataset['compareName'] ?? `${slug[0]!.toUpperCase()}${slug.slice(1).replace(/-/g, ' ')}`;
}
const names = new Map(selected.map((slug) => [slug, nameOf(slug)]));

const live = el('p', { className: 'visually-hidden' });
live.setAttribute('role', 'status');
live.dataset['compareStatus'] = '';
const list = el('ul', { className: 'compare-tray-list' });
const go = el('a', { className: 'button' });
const clear = el('button', { type: 'button', className: 'secondary' }, 'Clear');
const title = el('h2', { id: 'compare-tray-title', className: 'compare-tray-title' }, 'Compare');
const tray = el('section', { className: 'compare-tray', hidden: true }, title, list, go, clear);
tray.setAttribute('aria-labelledby', title.id);
document.body.appendChild(live);
document.body.appendChild(tray);

function announce(message: string) {
  live.textContent = message;
}

function save() {
  const url = new URL(location.href);
  if (selected.length > 0) url.searchParams.set(PARAM, selected.join(','));
  else url.searchParams.delete(PARAM);
  history.replaceState(history.state, '', `${url.pathname}${url.search.replace(/%2C/gi, ',')}${url.hash}`);
}

let removeButtons: HTMLButtonElement[] = [];

function render() {
  tray.hidden = selected.length === 0;
  document.body.classList.toggle('has-compare-tray', selected.length > 0);
  removeButtons = selected.map((slug) => {
    const button = el('button', { type: 'button', className: 'compare-tray-remove', value: slug }, '×');
    button.setAttribute('aria-label', `Remove ${names.get(slug)} from compare`);
    return button;
  });
  list.replaceChildren(...removeButtons.map((button) => el('li', {}, names.get(button.value)!, button)));
  go.href = `/compare/?sites=${selected.join(',')}`;
  go.textContent = selected.length < 2 ? 'Pick one more site' : `Compare ${selected.length} sites`;
  for (const link of addLinks()) {
    link.dataset['compareLabel'] ??= link.textContent ?? '';
    link.textContent = selected.includes(link.dataset['compareAdd']!)
      ? 'Added to compare ✓'
      : link.dataset['compareLabel'];
  }
}

function add(slug: string, name: string) {
  if (selected.includes(slug)) return announce(`${name} is already in compare.`);
  if (selected.length >= MAX) return announce(`You can compare up to ${MAX} sites. Remove one from the tray first.`);
  selected = [...selected, slug];
  names.set(slug, name);
  save();
  render();
  announce(
    `${name} added to compare: ${selected.length} of ${MAX}.${selected.length < 2 ? ' Add one more site.' : ''}`,
  );
}

function remove(slug: string) {
  const index = selected.indexOf(slug);
  selected = selected.filter((s) => s !== slug);
  save();
  render();
  announce(`${names.get(slug)} removed from compare.`);
  // Keep keyboard focus in the tray rather than dropping it on <body>.
  const next = removeButtons[Math.min(index, selected.length - 1)];
  (next ?? document.querySelector<HTMLElement>(`a[data-compare-add="${slug}"]`))?.focus();
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const target = event.target as Element;
  const addLink = target.closest<HTMLAnchorElement>('a[data-compare-add]');
  const slug = addLink?.dataset['compareAdd'];
  if (addLink && slug && SLUG.test(slug)) {
    event.preventDefault();
    add(slug, nameOf(slug));
    return;
  }
  const removeButton = target.closest<HTMLButtonElement>('.compare-tray-remove');
  if (removeButton) return remove(removeButton.value);
  if (target.closest('button') === clear) {
    selected = [];
    save();
    render();
    announce('Compare cleared.');
    addLinks()[0]?.focus();
    return;
  }
  const link = target.closest<HTMLAnchorElement>('a[href]');
  if (
    link &&
    selected.length > 0 &&
    link.origin === location.origin &&
    !NO_CARRY.test(link.pathname) &&
    !link.hasAttribute('download')
  ) {
    const url = new URL(link.href);
    url.searchParams.set(PARAM, selected.join(','));
    link.href = url.href.replace(/%2C/gi, ',');
  }
});

render();
