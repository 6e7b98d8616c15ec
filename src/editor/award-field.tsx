/** @jsxImportSource react */
/**
 * One `awards:` item (awardClaimSchema) with the badge the build will compute beside the
 * score, from the award engine on the dev server (`previewBadge` in src/editor/server.ts):
 * grade, zone and streak are never typed by hand.
 */
import { useEffect, useState } from 'react';
import type { BasicFormField, FormFieldInputProps, FormFieldStoredValue } from '@keystatic/core';
import { TextField } from '@keystar/ui/text-field';
import { Picker, Item } from '@keystar/ui/picker';
import { IdPickerInput } from './fields.tsx';
import { editorApi, openArticlePath, rememberedArticleRegion } from './client.ts';

/** The claim's keys, in the order they are written (awardClaimSchema's order). */
export const AWARD_KEYS = ['scheme', 'year', 'score', 'result', 'zone', 'region', 'grade', 'decree'] as const;
export type AwardKey = (typeof AWARD_KEYS)[number];
export type AwardValue = Record<AwardKey, string>;

const EMPTY: AwardValue = { scheme: '', year: '', score: '', result: '', zone: '', region: '', grade: '', decree: '' };

function parseAward(value: FormFieldStoredValue): AwardValue {
  if (value === undefined || value === null) return { ...EMPTY };
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('penghargaan: diharapkan objek (scheme, year, score, ...)');
  const out = { ...EMPTY };
  for (const [key, raw] of Object.entries(value)) {
    if (!(AWARD_KEYS as readonly string[]).includes(key)) throw new Error(`penghargaan: field "${key}" tidak dikenal editor`);
    if (raw === null || raw === undefined) continue;
    if (typeof raw !== 'string' && typeof raw !== 'number') throw new Error(`penghargaan ${key}: diharapkan teks atau angka`);
    out[key as AwardKey] = String(raw);
  }
  return out;
}

/**
 * A number stays a number when writing it as one keeps its text (`93.31`);
 * otherwise the text is kept as a string (`"93,31"`, `"42.50"`), which the
 * contract accepts for scores.
 */
function scoreValue(text: string): number | string {
  const number = Number(text);
  return text.trim() !== '' && Number.isFinite(number) && String(number) === text ? number : text;
}

export function serializeAward(value: AwardValue): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of AWARD_KEYS) {
    const text = value[key].trim();
    if (!text) continue;
    out[key] = key === 'year' && /^\d+$/.test(text) ? Number(text) : key === 'score' ? scoreValue(text) : text;
  }
  return out;
}

interface BadgePreview {
  ok: boolean;
  text: string;
  grade?: string;
  zone?: string;
  streak?: number;
}

function useBadgePreview(value: AwardValue): BadgePreview | undefined {
  const [preview, setPreview] = useState<BadgePreview>();
  const key = JSON.stringify(serializeAward(value));
  useEffect(() => {
    if (!value.scheme || !value.year) return setPreview(undefined);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(editorApi('lencana'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ artikel: openArticlePath(), daerahArtikel: rememberedArticleRegion(), claim: serializeAward(value) }),
        signal: controller.signal,
      })
        .then((response) => response.json() as Promise<BadgePreview>)
        .then(setPreview)
        .catch(() => {});
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return preview;
}

function AwardInput(props: FormFieldInputProps<AwardValue>) {
  const set = (key: AwardKey) => (text: string) => props.onChange({ ...props.value, [key]: text });
  const preview = useBadgePreview(props.value);
  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <IdPickerInput source="schemes" label="Skema (scheme)" value={props.value.scheme} onChange={set('scheme')} required={true} forceValidation={props.forceValidation} autoFocus={false} />
      <TextField label="Tahun penilaian (year)" value={props.value.year} onChange={set('year')} isRequired />
      <div style={{ display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap' }}>
        <TextField label="Skor (score)" description='Persis seperti diumumkan: 93.31 atau 93,31' value={props.value.score} onChange={set('score')} />
        <output
          data-redaksi-lencana
          data-grade={preview?.grade ?? ''}
          data-zone={preview?.zone ?? ''}
          data-streak={preview?.streak ?? ''}
          aria-live="polite"
          style={{ padding: '6px 10px', borderRadius: 6, border: '1px solid #888', background: preview?.ok ? '#eef8ee' : '#fff4f4', minHeight: 24 }}
        >
          {preview ? preview.text : 'Lencana: isi skema, tahun dan skor'}
        </output>
      </div>
      <TextField label="Hasil kategori (result)" description="Untuk skema kategori, mis. WTP" value={props.value.result} onChange={set('result')} />
      <Picker label="Zona (zone), klaim" selectedKey={props.value.zone || 'none'} onSelectionChange={(key) => set('zone')(key === 'none' ? '' : String(key))}>
        <Item key="none">(tidak diisi)</Item>
        <Item key="hijau">hijau</Item>
        <Item key="kuning">kuning</Item>
        <Item key="merah">merah</Item>
      </Picker>
      <IdPickerInput source="regions" label="Daerah (region)" description="Bawaan: daerah artikel" value={props.value.region} onChange={set('region')} required={false} forceValidation={false} autoFocus={false} />
      <TextField label="Kategori (grade), klaim" description="Diperiksa terhadap hasil hitungan" value={props.value.grade} onChange={set('grade')} />
      <TextField label="Dasar keputusan (decree)" value={props.value.decree} onChange={set('decree')} />
    </div>
  );
}

export function awardClaim(): BasicFormField<AwardValue> {
  const validate = (value: AwardValue) => {
    if (!value.scheme) throw new Error('penghargaan: skema wajib diisi');
    if (!/^\d{4}$/.test(value.year)) throw new Error('penghargaan: tahun penilaian empat angka');
    return value;
  };
  return {
    kind: 'form',
    label: 'Penghargaan',
    Input: AwardInput,
    defaultValue: () => ({ ...EMPTY }),
    parse: parseAward,
    serialize: (value) => ({ value: serializeAward(value) }),
    validate,
    reader: { parse: (value) => validate(parseAward(value)) },
  };
}
