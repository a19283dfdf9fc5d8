import { describe, expect, it } from 'vitest';
import { enAll as en, nlAll as nl } from '../i18n/whole-catalogues.ts';
import { reportFileName } from './download-report.ts';
import { wordFileName } from './download-word.ts';

describe('wordFileName', () => {
	it('is the PDF’s name with .docx, so both downloads sort together', () => {
		const prefix = nl.report.fileNamePrefix;
		expect(wordFileName('Gemeente Súdwest-Fryslân', '2026-11-24T10:15:00', prefix)).toBe(
			'kwartiermaken-actieplan-gemeente-sudwest-fryslan-2026-11-24.docx'
		);
		expect(wordFileName('’s-Hertogenbosch', new Date(2026, 10, 24), prefix)).toBe(
			reportFileName('’s-Hertogenbosch', new Date(2026, 10, 24), prefix).replace(/\.pdf$/, '.docx')
		);
		expect(wordFileName('Gemeente Utrecht', '2026-11-24', en.report.fileNamePrefix)).toBe('kwartiermaker-action-plan-gemeente-utrecht-2026-11-24.docx');
	});

	it('never leaves the folder or names a hidden file, whatever the organisation', () => {
		expect(wordFileName('../../etc/passwd', '2026-11-24', nl.report.fileNamePrefix)).toBe('kwartiermaken-actieplan-etc-passwd-2026-11-24.docx');
		expect(wordFileName('', 'geen datum', nl.report.fileNamePrefix)).toBe('kwartiermaken-actieplan-organisatie.docx');
	});
});
