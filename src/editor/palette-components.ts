/**
 * The journalists' palette (src/mdx/palette.ts) as Keystatic content
 * components: the same names and attributes, nothing else, so the body editor
 * can insert exactly what the compiler accepts. Derived, not restated: a
 * component or attribute added to the palette appears here by itself
 * (tests/unit/editor-config.test.ts checks both directions).
 */
import { fields } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { PALETTE, type PaletteComponent } from '../mdx/palette.ts';

/** Attributes whose value is an image path, uploaded into the article's `gambar/` folder. */
const IMAGE_ATTRIBUTES = new Set(['Gambar.src']);

function attributeSchema(component: PaletteComponent, imageField: (label: string, description: string) => any) {
  return Object.fromEntries(
    Object.entries(component.attributes).map(([name, attribute]) => {
      const label = attribute.required ? `${name} (wajib)` : name;
      const field = IMAGE_ATTRIBUTES.has(`${component.name}.${name}`)
        ? imageField(label, attribute.description)
        : fields.text({ label, description: attribute.description, validation: { isRequired: attribute.required } });
      return [name, field];
    }),
  );
}

/** Keystatic's component kind for a palette entry: wrapper, inline or block. */
export function decideComponentKind(component: PaletteComponent): 'wrapper' | 'inline' | 'block' {
  if (component.hasChildren) return 'wrapper';
  return component.placement === 'inline' ? 'inline' : 'block';
}

export function paletteComponents(imageField: (label: string, description: string) => any) {
  return Object.fromEntries(
    Object.values(PALETTE).map((component) => {
      const config = { label: component.name, description: component.description, schema: attributeSchema(component, imageField) };
      const kind = decideComponentKind(component);
      return [component.name, kind === 'wrapper' ? wrapper(config) : kind === 'inline' ? inline(config) : block(config)];
    }),
  );
}
