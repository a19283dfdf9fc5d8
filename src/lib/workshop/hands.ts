/**
 * Checks of a show of hands. Everyone raises a hand at most once per question, so the hands counted
 * can never be more than the people present: not in the whole room, and not in one role when the roles
 * vote in turn. Fewer is fine (someone may abstain). The form shows these problems in its error summary
 * before saving; the stored count is not refused for them (see HandCountSchema), so it can be corrected.
 */
import type { MessageRef } from '../i18n/message-ref.ts';
import { ROLE_IDS, type HandCount, type RoleId } from './workshop-schema.ts';

const isRole = (key: string): key is RoleId => (ROLE_IDS as readonly string[]).includes(key);

const sum = (perValue: Readonly<Record<string, number>> | undefined): number =>
	Object.values(perValue ?? {}).reduce((total, hands) => total + hands, 0);

/** Hands counted: in the whole room, and per role (zero-filled) when the roles voted in turn. */
export function handsTotals(count: HandCount): { all: number; byRole: Record<RoleId, number> } {
	const byRole = Object.fromEntries(ROLE_IDS.map((role) => [role, 0])) as Record<RoleId, number>;
	if (!count.byRole) return { all: sum(Object.hasOwn(count.counts, 'all') ? count.counts.all : undefined), byRole };
	let all = 0;
	for (const [key, perValue] of Object.entries(count.counts)) {
		if (!isRole(key)) continue;
		byRole[key] = sum(perValue);
		all += byRole[key];
	}
	return { all, byRole };
}

/**
 * What is wrong with a count, as catalogue messages (`workshopDomain.hands`); empty when it adds up.
 * `roles` are the session's roles: counts for another role are a mistake of the form.
 */
export function handsProblems(count: HandCount, roles: readonly RoleId[]): MessageRef[] {
	const problems: MessageRef[] = [];
	const totals = handsTotals(count);
	if (count.byRole) {
		for (const key of Object.keys(count.counts)) {
			if (key === 'all') continue;
			if (!isRole(key) || !roles.includes(key)) {
				const name: string | MessageRef = isRole(key) ? { key: `workshop.roles.${key}` } : key;
				problems.push({ key: 'workshopDomain.hands.unknownRole', params: [name] });
				continue;
			}
			if (totals.byRole[key] > count.present) {
				problems.push({
					key: 'workshopDomain.hands.roleTooHigh',
					params: [{ key: `workshop.roles.${key}` }, totals.byRole[key], count.present]
				});
			}
		}
	}
	if (totals.all > count.present) {
		problems.push({ key: 'workshopDomain.hands.totalTooHigh', params: [totals.all, count.present] });
	}
	return problems;
}
