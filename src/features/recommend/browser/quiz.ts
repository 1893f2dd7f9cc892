/**
 * Progressive enhancement of the quiz form (src/features/recommend/components/QuizForm.astro):
 * one question per step with a progress bar, and goals as checkboxes ticked in
 * order of importance (kept in sync with the three `goals` selects, which are
 * what the form submits). Answers in the page's URL (a link back from the
 * results) are filled in first. Without this script the same form works as
 * one long page.
 */
const RANKS = ['1st', '2nd', '3rd'];

/** Selects under `root`. (Typed by hand: this project's Workers types clash with `HTMLSelectElement`'s `remove(index)`.) */
const selectsIn = (root: HTMLElement, selector: string) =>
  [...root.querySelectorAll(selector)] as unknown as HTMLSelectElement[];

/** Fills the form from `?goals=a,b&audience=…`, the results page's own query. */
function prefill(form: HTMLFormElement, params: URLSearchParams): void {
  const goals = params
    .getAll('goals')
    .flatMap((g) => g.split(','))
    .map((g) => g.trim())
    .filter(Boolean);
  const selects = selectsIn(form, '[data-goal-selects] select');
  if (goals.length > 0) selects.forEach((select, i) => (select.value = goals[i] ?? ''));
  for (const name of ['audience', 'time', 'budget', 'inPerson', 'work', 'role']) {
    const value = params.get(name);
    if (value === null) continue;
    for (const radio of form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`))
      radio.checked = radio.value === value;
  }
  // `region` is the old name of `country`, still found in shared links.
  const country = params.get('country') ?? params.get('region');
  const countrySelect = selectsIn(form, 'select[name="country"]')[0];
  if (country !== null && countrySelect) {
    const wanted = country.toLowerCase() === 'global' ? 'global' : country.toUpperCase();
    if ([...countrySelect.options].some((o) => o.value === wanted)) countrySelect.value = wanted;
  }
  const field = params.get('field');
  const fieldSelect = selectsIn(form, 'select[name="field"]')[0];
  if (field !== null && fieldSelect && [...fieldSelect.options].some((o) => o.value === field))
    fieldSelect.value = field;
  const groups = new Set(params.getAll('groups').flatMap((g) => g.split(',').map((v) => v.trim())));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="groups"]'))
    box.checked = groups.has(box.value);
}

/** Goal checkboxes whose tick order is the priority; returns how many goals are chosen. */
function goalPicker(form: HTMLFormElement): { count: () => number; focus: () => void } {
  const selects = selectsIn(form, '[data-goal-selects] select');
  const picker = form.querySelector<HTMLElement>('[data-goal-picker]')!;
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const status = picker.querySelector<HTMLElement>('[data-goal-status]')!;
  // Which kind of hiring is asked only once jobs and hiring is a goal; disabled, an earlier answer is not sent.
  const market = form.querySelector<HTMLFieldSetElement>('[data-work-market]');
  const max = selects.length;
  let order = [...new Set(selects.map((s) => s.value))].filter((v) => boxes.some((b) => b.value === v));

  const render = () => {
    for (const box of boxes) {
      const rank = order.indexOf(box.value);
      box.checked = rank >= 0;
      box.disabled = rank < 0 && order.length >= max;
      box.closest('label')!.querySelector('[data-rank]')!.textContent = rank >= 0 ? `${RANKS[rank]} goal` : '';
    }
    selects.forEach((select, i) => (select.value = order[i] ?? ''));
    if (market) market.hidden = market.disabled = !order.includes('hiring');
    status.textContent =
      order.length === 0
        ? ''
        : order.length >= max
          ? `${max} goals chosen, the most allowed. Untick one to change them.`
          : `${order.length} of ${max} goals chosen.`;
  };
  for (const box of boxes) {
    box.addEventListener('change', () => {
      order = box.checked ? [...order, box.value] : order.filter((v) => v !== box.value);
      render();
    });
  }
  form.querySelector<HTMLElement>('[data-goal-selects]')!.hidden = true;
  picker.hidden = false;
  render();
  return { count: () => order.length, focus: () => boxes.find((b) => !b.disabled)?.focus() };
}

function enhance(form: HTMLFormElement): void {
  prefill(form, new URLSearchParams(location.search));
  const steps = [...form.querySelectorAll<HTMLFieldSetElement>('[data-step]')];
  const progress = form.querySelector<HTMLElement>('[data-progress]')!;
  const label = progress.querySelector<HTMLElement>('[data-progress-label]')!;
  const bar = progress.querySelector('progress')!;
  const back = form.querySelector<HTMLButtonElement>('[data-back]')!;
  const next = form.querySelector<HTMLButtonElement>('[data-next]')!;
  const submit = form.querySelector<HTMLButtonElement>('[data-submit]')!;
  const error = form.querySelector<HTMLElement>('[data-goal-error]')!;
  const goals = goalPicker(form);
  let current = 0;
  // The hidden goal selects would block native validation; the goals step checks itself.
  form.noValidate = true;
  progress.hidden = false;

  const focusStep = () => {
    const step = steps[current]!;
    if (current === 0) return goals.focus();
    const target =
      step.querySelector<HTMLInputElement>('input:checked') ?? step.querySelector<HTMLElement>('input, select');
    target?.focus();
  };
  const show = (index: number, focus: boolean) => {
    current = index;
    steps.forEach((step, i) => (step.hidden = i !== index));
    const question = steps[index]!.querySelector('legend')?.textContent ?? '';
    label.textContent = `Question ${index + 1} of ${steps.length}: ${question}`;
    bar.value = index + 1;
    back.hidden = index === 0;
    next.hidden = index === steps.length - 1;
    submit.hidden = index !== steps.length - 1;
    if (focus) focusStep();
  };
  const go = (index: number) => {
    if (index > current && current === 0 && goals.count() === 0) {
      error.hidden = false;
      goals.focus();
      return;
    }
    error.hidden = true;
    show(Math.max(0, Math.min(steps.length - 1, index)), true);
  };

  next.addEventListener('click', () => go(current + 1));
  back.addEventListener('click', () => go(current - 1));
  form.addEventListener('submit', (event) => {
    if (goals.count() === 0) {
      event.preventDefault();
      show(0, false);
      go(1);
    } else if (current < steps.length - 1) {
      event.preventDefault();
      go(current + 1);
    }
  });
  // Enter on a checkbox or radio moves on, as it would in a one-page form's text field.
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    if (current < steps.length - 1) go(current + 1);
    else form.requestSubmit(submit);
  });
  show(0, false);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-quiz]')) enhance(form);
