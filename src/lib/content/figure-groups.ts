/**
 * The reference figures ("Ter vergelijking") grouped by where they come from. Most figures share one
 * source (a single poll gives nine of them); naming that source once above its figures reads better
 * than repeating it under every figure.
 */
import type { Checklist, Figure, Source } from './checklist-schema.ts';

export interface FigureGroup {
	/** The source ids of the group, joined: stable across renders, used as the each-block key. */
	key: string;
	/** The group's sources in the order the figures name them; ids the checklist does not know are left out. */
	sources: Source[];
	/** The figures from exactly these sources, in the checklist's order. */
	figures: Figure[];
}

/**
 * One group per distinct list of sources, in the order the groups first appear. Figures that name the
 * same sources in a different order are the same group; the first figure's order is kept for display.
 */
export function groupFiguresBySource(checklist: Pick<Checklist, 'figures' | 'sources'>): FigureGroup[] {
	const byId = new Map(checklist.sources.map((source) => [source.id, source]));
	const groups = new Map<string, FigureGroup>();
	for (const figure of checklist.figures) {
		const sources = [...new Set(figure.sources)].map((id) => byId.get(id)).filter((source) => source !== undefined);
		const key = sources
			.map((source) => source.id)
			.sort()
			.join(' ');
		const group = groups.get(key);
		if (group) group.figures.push(figure);
		else groups.set(key, { key, sources, figures: [figure] });
	}
	return [...groups.values()];
}
