/** @jsxImportSource react */
/**
 * Keystatic fields for what its built-in ones cannot say the way the contract does (id pickers,
 * WIB date-times, uploads into `gambar/`, the check's messages). Each stores exactly the YAML
 * value the contract describes; an empty optional value is not written at all.
 */
import { useEffect, useState, type ReactElement } from 'react';
import type { BasicFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import { TextField } from '@keystar/ui/text-field';
import { Combobox, Item } from '@keystar/ui/combobox';
import { Checkbox } from '@keystar/ui/checkbox';
import { Text } from '@keystar/ui/typography';
import { parseContentDateTime } from '../schemas/datetime.ts';
import { formatFrontmatterDateTime } from '../content-tree/new-article.ts';
import { editorApi, fetchOptions, openArticlePath, rememberArticleRegion, type EditorOption, type OptionSource } from './client.ts';
// Loaded with the editor's config in the browser: the read-only view for a file whose form cannot open.
import './unopenable-entry.ts';

type StoredValue = FormFieldStoredValue;

function asText(value: StoredValue, label: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new Error(`${label}: diharapkan teks, ditemukan ${JSON.stringify(value)}`);
  return value;
}

function textField(
  label: string,
  options: {
    description?: string;
    required?: boolean;
    validate?: (value: string) => string | undefined;
    Input: (props: FormFieldInputProps<string>) => ReactElement | null;
    defaultValue?: () => string;
  },
): BasicFormField<string> {
  const validate = (value: string) => {
    if (!value) {
      if (options.required) throw new Error(`${label}: wajib diisi`);
      return value;
    }
    const message = options.validate?.(value);
    if (message) throw new Error(`${label}: ${message}`);
    return value;
  };
  return {
    kind: 'form',
    label,
    Input: options.Input,
    defaultValue: options.defaultValue ?? (() => ''),
    parse: (value) => asText(value, label),
    serialize: (value) => ({ value: value === '' ? undefined : value }),
    validate,
    reader: { parse: (value) => validate(asText(value, label)) },
  };
}

// ---------------------------------------------------------------- id pickers

function useOptions(source: OptionSource): EditorOption[] | undefined {
  const [options, setOptions] = useState<EditorOption[]>();
  useEffect(() => {
    let live = true;
    fetchOptions(source).then((loaded) => live && setOptions(loaded));
    return () => {
      live = false;
    };
  }, [source]);
  return options;
}

export function IdPickerInput(props: FormFieldInputProps<string> & { label: string; description?: string; source: OptionSource; required: boolean }) {
  const options = useOptions(props.source);
  const unknown = props.value && options && !options.some((option) => option.id === props.value);
  return (
    <Combobox
      label={props.label}
      description={unknown ? `Nilai di berkas: "${props.value}" (tidak dikenal). ${props.description ?? ''}` : props.description}
      selectedKey={props.value || null}
      onSelectionChange={(key) => props.onChange(typeof key === 'string' ? key : '')}
      defaultItems={options ?? []}
      loadingState={options ? 'idle' : 'loading'}
      isRequired={props.required}
      errorMessage={props.forceValidation && props.required && !props.value ? `${props.label} wajib diisi` : undefined}
      autoFocus={props.autoFocus}
      width="auto"
    >
      {(item) => <Item key={item.id} textValue={`${item.label} ${item.id}`}>{item.label}</Item>}
    </Combobox>
  );
}

/** A picker over ids from the content tree (regions, authors, schemes, articles); stores the id. */
export function idPicker(options: { label: string; description?: string; source: OptionSource; required?: boolean; isArticleRegion?: boolean }): BasicFormField<string> {
  const required = options.required ?? false;
  const Picker = (props: FormFieldInputProps<string>) => {
    useEffect(() => {
      if (options.isArticleRegion) rememberArticleRegion(props.value);
    }, [props.value]);
    return <IdPickerInput {...props} label={options.label} description={options.description} source={options.source} required={required} />;
  };
  return textField(options.label, { required, Input: Picker });
}

// ---------------------------------------------------------------- date-time

const DATE_EXPECTED = 'tanggal ISO 8601, mis. "2024-11-14T10:30" (tanpa zona dibaca sebagai WIB)';

function DateTimeInput(props: FormFieldInputProps<string> & { label: string; description: string; required: boolean }) {
  const withoutZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(props.value);
  const invalid = props.value !== '' && !parseContentDateTime(props.value);
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap' }}>
      <TextField
        label={props.label}
        description={props.description}
        value={props.value}
        onChange={props.onChange}
        isRequired={props.required}
        errorMessage={invalid || (props.forceValidation && props.required && !props.value) ? DATE_EXPECTED : undefined}
        autoFocus={props.autoFocus}
      />
      <label style={{ display: 'grid', gap: 4, fontSize: 14 }}>
        Pilih (WIB)
        <input
          type="datetime-local"
          value={withoutZone ? props.value : ''}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        />
      </label>
    </div>
  );
}

/**
 * A date-time as the contract writes it: `2024-11-14T10:30` is WIB, an offset
 * (`+08:00`) is kept as written. YAML timestamps with seconds load as Date and
 * are written back as the same instant, in WIB.
 */
export function dateTime(options: { label: string; description: string; required?: boolean; defaultNow?: boolean }): BasicFormField<string> {
  const required = options.required ?? false;
  const field = textField(options.label, {
    required,
    validate: (value) => (parseContentDateTime(value) ? undefined : DATE_EXPECTED),
    defaultValue: () => (options.defaultNow ? formatFrontmatterDateTime(new Date()) : ''),
    Input: (props) => <DateTimeInput {...props} label={options.label} description={options.description} required={required} />,
  });
  const parse = (value: StoredValue) => (value instanceof Date ? formatFrontmatterDateTime(value) : asText(value, options.label));
  return { ...field, parse, reader: { parse: (value) => field.validate(parse(value)) } };
}

// ---------------------------------------------------------------- image

function ImageInput(props: FormFieldInputProps<string> & { label: string; description: string }) {
  const [status, setStatus] = useState('');
  async function upload(file: File) {
    setStatus('Mengunggah...');
    const form = new FormData();
    form.set('berkas', file);
    form.set('artikel', openArticlePath() ?? '');
    const response = await fetch(editorApi('gambar'), { method: 'POST', body: form });
    const body = (await response.json()) as { path?: string; error?: string };
    if (body.path) {
      props.onChange(body.path);
      setStatus(`Tersimpan di folder gambar/ artikel: ${body.path}`);
    } else setStatus(body.error ?? 'Gagal mengunggah');
  }
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <TextField label={props.label} description={props.description} value={props.value} onChange={props.onChange} autoFocus={props.autoFocus} />
      <input
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif"
        aria-label={`Unggah ${props.label}`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void upload(file);
        }}
      />
      {status && <small role="status">{status}</small>}
    </div>
  );
}

/** An image path relative to the article (`./gambar/foto.jpg`); uploads land in the article's `gambar/` folder. */
export function imagePath(options: { label: string; description: string; required?: boolean }): BasicFormField<string> {
  return textField(options.label, {
    required: options.required ?? false,
    validate: (value) => (value.startsWith('./') || value.startsWith('../') ? undefined : 'path relatif terhadap artikel, mis. "./gambar/foto.jpg"'),
    Input: (props) => <ImageInput {...props} label={options.label} description={options.description} />,
  });
}

// ---------------------------------------------------------------- tags

function TagsInput(props: FormFieldInputProps<string[]> & { label: string; description: string }) {
  const [text, setText] = useState(props.value.join(', '));
  return (
    <TextField
      label={props.label}
      description={props.description}
      value={text}
      onChange={(next) => {
        setText(next);
        props.onChange(splitTags(next));
      }}
    />
  );
}

function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** Tags typed as "Zona Hijau, Ombudsman RI"; stored as a YAML list. */
export function tagList(options: { label: string; description: string }): BasicFormField<string[]> {
  const parse = (value: StoredValue): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((tag) => typeof tag !== 'string')) throw new Error(`${options.label}: diharapkan daftar teks`);
    return value as string[];
  };
  return {
    kind: 'form',
    label: options.label,
    Input: (props) => <TagsInput {...props} label={options.label} description={options.description} />,
    defaultValue: () => [],
    parse,
    serialize: (value) => ({ value: value.length ? value : undefined }),
    validate: (value) => value,
    reader: { parse },
  };
}

// ---------------------------------------------------------------- status

interface FileReport {
  file: string;
  readOnly?: string[];
  problems: string[];
  checkedAt: string;
}

function StatusInput() {
  const [report, setReport] = useState<FileReport | { error: string }>();
  useEffect(() => {
    const file = openArticlePath();
    if (!file) return;
    let live = true;
    let generation = '';
    const poll = async () => {
      try {
        const response = await fetch(`${editorApi('periksa')}?berkas=${encodeURIComponent(file)}&generasi=${generation}`);
        const body = (await response.json()) as (FileReport & { generation: string }) | { unchanged: true };
        if ('unchanged' in body || !live) return;
        generation = body.generation;
        setReport(body);
      } catch (error) {
        if (live) setReport({ error: String(error) });
      }
    };
    void poll();
    const timer = setInterval(poll, 2000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!openArticlePath()) return <p data-redaksi-status="baru">Artikel baru: pemeriksaan konten berjalan setelah disimpan.</p>;
  if (!report) return <p data-redaksi-status="memuat">Memeriksa berkas...</p>;
  if ('error' in report) return <p data-redaksi-status="galat">Pemeriksaan gagal: {report.error}</p>;
  return (
    <section data-redaksi-status={report.readOnly?.length ? 'hanya-baca' : report.problems.length ? 'masalah' : 'lolos'} style={{ border: '1px solid #999', padding: 12, borderRadius: 6 }}>
      {report.readOnly?.length ? (
        <div style={{ color: '#8a1c1c' }}>
          <strong>Hanya baca: editor tidak dapat menyimpan berkas ini tanpa mengubah isinya.</strong> Sunting berkasnya di editor teks.
          <ul>{report.readOnly.map((reason) => <li key={reason}>{reason}</li>)}</ul>
        </div>
      ) : null}
      {report.problems.length ? (
        <div>
          <strong>Pemeriksaan konten: {report.problems.length} masalah</strong>
          <ul data-redaksi-problems>{report.problems.map((line) => <li key={line}><code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{line}</code></li>)}</ul>
        </div>
      ) : (
        <strong>Pemeriksaan konten: lolos</strong>
      )}
      <small> (diperiksa {report.checkedAt})</small>
    </section>
  );
}

/**
 * Not stored: shows the content check's one-line messages for the open file
 * (refreshed after every save) and why a file is read-only.
 */
export function contentCheckStatus(): BasicFormField<null> {
  return {
    kind: 'form',
    label: 'Pemeriksaan',
    Input: () => <StatusInput />,
    defaultValue: () => null,
    parse: () => null,
    serialize: () => ({ value: undefined }),
    validate: (value) => value,
    reader: { parse: () => null },
  };
}

// ---------------------------------------------------------------- draft

function DraftInput(props: FormFieldInputProps<boolean> & { label: string; description: string }) {
  return (
    <Checkbox isSelected={props.value} onChange={props.onChange} autoFocus={props.autoFocus}>
      <Text>{props.label}</Text>
      <Text slot="description">{props.description}</Text>
    </Checkbox>
  );
}

/**
 * `draft: true` while unfinished. A new article starts as a draft; a file
 * without the line is not one (the schema's default), and unticking removes
 * the line rather than writing `draft: false`.
 */
export function draftFlag(options: { label: string; description: string }): BasicFormField<boolean> {
  const parse = (value: StoredValue) => {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') throw new Error(`${options.label}: diharapkan true atau false`);
    return value;
  };
  return {
    kind: 'form',
    label: options.label,
    Input: (props) => <DraftInput {...props} label={options.label} description={options.description} />,
    defaultValue: () => true,
    parse,
    serialize: (value) => ({ value: value ? true : undefined }),
    validate: (value) => value,
    reader: { parse },
  };
}

// ---------------------------------------------------------------- body

type MdxField = ReturnType<typeof import('@keystatic/core').fields.mdx>;
type ContentArgs = Parameters<MdxField['parse']>[1];

/**
 * A body Keystatic's parser refuses (an import, an expression, a component outside the palette)
 * opens as source in a code block instead of failing the whole form; its save is refused
 * (routes/keystatic-api.ts), so nothing is dropped. `strictParse` is Keystatic's own, for the round trip.
 */
export function tolerantBody(field: MdxField): MdxField & { strictParse: MdxField['parse'] } {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const parse = (value: StoredValue, args: ContentArgs) => {
    try {
      return field.parse(value, args);
    } catch {
      const source = args.content ? decoder.decode(args.content) : '';
      const fence = '`'.repeat(Math.max(3, ...[...source.matchAll(/`+/g)].map((match) => match[0].length + 1)));
      const shown = `${fence}\n${source.replace(/\n$/, '')}\n${fence}\n`;
      return field.parse(value, { ...args, content: encoder.encode(shown) });
    }
  };
  return { ...field, parse, strictParse: field.parse };
}
