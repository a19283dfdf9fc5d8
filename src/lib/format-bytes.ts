/** Storage sizes in Dutch, for the "Uw gegevens" page: "340 kB", "1,2 MB", "2,5 GB". */

const UNITS = [
	{ unit: 'gigabyte', size: 1024 ** 3 },
	{ unit: 'megabyte', size: 1024 ** 2 },
	{ unit: 'kilobyte', size: 1024 }
] as const;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(unit: string, digits: number): Intl.NumberFormat {
	const key = `${unit}/${digits}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat('nl-NL', { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: digits });
		formatters.set(key, format);
	}
	return format;
}

/**
 * A byte count with Dutch number formatting in the largest fitting unit (1 kB = 1024 bytes):
 * one decimal below 10 of a unit, none above. Under 1 kB it still says kB ("0,5 kB"), because
 * "512 byte" means little to most people.
 */
export function formatBytes(bytes: number): string {
	const value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
	const { unit, size } = UNITS.find((candidate) => value >= candidate.size) ?? UNITS[2];
	const amount = value / size;
	return formatter(unit, amount < 10 ? 1 : 0).format(amount);
}
