/**
 * Sample texts for the QR tests and size measurements: an answers envelope like a real participant's
 * (the 54 question ids of the checklist, varied answers, short or no notes).
 */
const QUESTION_IDS = `k1-wegbereider k1-eigenaar k1-verkenning k1-visie k1-andere-uitkomsten k2-plan k2-functie k2-contract
k2-grenzen k2-mandaat k2-werving k3-aantal k3-intervisie k3-netwerk k3-werkdruk k4-vastleggen k4-groep k4-vroeg k4-kanalen
k5-evaluatie k5-weerstand k5-monitoring k5-leernetwerk x1-eenmalig x1-gebruikt x1-bewijs x2-zonder-taken x2-collegas
x2-projectgeld e1-regeling e1-uitkering e1-inschaling e2-begrippen e2-gedeelde-taal e2-taal e3-terugkoppeling e3-evaluatie
e3-benoemen e4-training e4-leidinggevenden e4-duo e4-veranderd e5-rollen e5-passend e5-huiselijk-geweld e6-criteria
e6-opleiding e6-welzijn e6-eigen-verhaal e7-processen e7-geld e7-eigenaar e7-opdrachtgever e7-bestuur`.split(/\s+/);

const VALUES = ['0', '1', '2', '3', '4', 'special:unknown', '2', '3', 'ja', 'soms'];

const NOTES = [
	'Bij ons werkt dit nog niet goed: de teams weten niet wie het aanspreekpunt is voor ervaringswerkers.',
	'We hebben wel een plan, maar het staat alleen op papier. Niemand voelt zich er eigenaar van.',
	'De ervaringswerkers krijgen intervisie, maar niet elke maand. Soms valt het uit door drukte.',
	'Management denkt dat dit geregeld is. Op de werkvloer merken we daar weinig van, zeker in de wijk.',
	'Er is budget voor dit jaar. Daarna is het onzeker, en dat maakt werven en vasthouden moeilijk.'
];

/** An answers envelope as JSON: 54 answers, the first `notes` of them with a note of about 100 characters. */
export function sampleEnvelope(notes: number): string {
	const answers: Record<string, { value: string | null; note: string }> = {};
	QUESTION_IDS.forEach((id, i) => {
		answers[id] = { value: VALUES[(i * 7) % VALUES.length]!, note: i < notes ? NOTES[i % NOTES.length]! : '' };
	});
	return JSON.stringify({
		type: 'kwartiermaker-antwoorden',
		version: 1,
		workshopId: '6f1c2c1e-5d7b-4e7a-9a51-2f0a8c3b9d10',
		participantId: '0b8e2f6a-1c3d-4e5f-8a9b-7c6d5e4f3a2b',
		role: 'ervaringswerker',
		name: 'Anouk',
		checklistId: 'kwartiermaken',
		checklistVersion: '1.1.0',
		answers,
		handedInAt: '2026-11-20T10:15:00.000Z'
	});
}
