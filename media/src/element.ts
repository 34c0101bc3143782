// Builds DOM nodes. Text only ever goes in through textContent: program strings (labels,
// plot names) can never become markup.

export interface ElementSpec {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  spec: ElementSpec = {},
  children: (Node | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (spec.className) node.className = spec.className;
  if (spec.text !== undefined) node.textContent = spec.text;
  if (spec.attrs) for (const [k, v] of Object.entries(spec.attrs)) node.setAttribute(k, v);
  for (const c of children) if (c) node.appendChild(c);
  return node;
}

export function button(
  label: string,
  onClick: () => void,
  spec: ElementSpec = {},
): HTMLButtonElement {
  const b = el('button', { ...spec, text: label, attrs: { type: 'button', ...spec.attrs } });
  b.addEventListener('click', onClick);
  return b;
}

/** A two-state toolbar button (aria-pressed), e.g. the log-scale switch. */
export function toggleButton(
  label: string,
  pressed: boolean,
  onToggle: (pressed: boolean) => void,
  spec: ElementSpec = {},
): HTMLButtonElement {
  const b = button(
    label,
    () => {
      const next = b.getAttribute('aria-pressed') !== 'true';
      b.setAttribute('aria-pressed', String(next));
      onToggle(next);
    },
    spec,
  );
  b.setAttribute('aria-pressed', String(pressed));
  return b;
}
