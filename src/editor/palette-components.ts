/**
 * The palette (src/mdx/palette.ts) as Keystatic content components, derived rather than
 * restated so the body editor inserts exactly what the compiler accepts
 * (tests/unit/editor-config.test.ts checks both directions).
 */
import { fields } from '@keystatic/core';
import { block, inline, wrapper } from '@keystatic/core/content-components';
import { PALETTE, type PaletteComponent } from '../mdx/palette.ts';

/** A field for one attribute: label, description, required. */
export type AttributeField = (options: { label: string; description: string; required: boolean }) => any;

/**
 * Attributes with a better input than free text: an image uploaded into the
 * article's `gambar/` folder, pickers over the content tree's ids. Any other
 * attribute is a text field.
 */
export interface AttributeInputs {
  image: AttributeField;
  picker: (source: 'articles' | 'schemes' | 'regions') => AttributeField;
}

function decideAttributeField(component: string, attribute: string, inputs: AttributeInputs): AttributeField {
  switch (`${component}.${attribute}`) {
    case 'Gambar.src':
      return inputs.image;
    case 'BacaJuga.slug':
      return inputs.picker('articles');
    case 'Lencana.skema':
      return inputs.picker('schemes');
    case 'Lencana.daerah':
      return inputs.picker('regions');
    default:
      return ({ label, description, required }) => fields.text({ label, description, validation: { isRequired: required } });
  }
}

function attributeSchema(component: PaletteComponent, inputs: AttributeInputs) {
  return Object.fromEntries(
    Object.entries(component.attributes).map(([name, attribute]) => {
      const field = decideAttributeField(component.name, name, inputs);
      return [name, field({ label: name, description: attribute.description, required: attribute.required })];
    }),
  );
}

/** Keystatic's component kind for a palette entry: wrapper, inline or block. */
export function decideComponentKind(component: PaletteComponent): 'wrapper' | 'inline' | 'block' {
  if (component.hasChildren) return 'wrapper';
  return component.placement === 'inline' ? 'inline' : 'block';
}

export function paletteComponents(inputs: AttributeInputs) {
  return Object.fromEntries(
    Object.values(PALETTE).map((component) => {
      const config = { label: component.name, description: component.description, schema: attributeSchema(component, inputs) };
      const kind = decideComponentKind(component);
      return [component.name, kind === 'wrapper' ? wrapper(config) : kind === 'inline' ? inline(config) : block(config)];
    }),
  );
}
