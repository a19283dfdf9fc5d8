/**
 * A median or spread on the 0–4 scale as the views show it: one decimal at most, in the current
 * language ('2,5' / '2.5'), or a dash when there is none (nothing answered on the scale).
 */
import { language, t } from '../../i18n/language.svelte.ts';

export function scaleNumber(value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return t.workshopGroup.discuss.none;
	return language.formatNumber(Math.round(value * 10) / 10);
}
