import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseQrFrame, QrFrameCollector } from '../qr/qr-frames.ts';
import QrCode from './qr-code.svelte';

/** A text that needs several frames: numbers deflate compresses badly. */
const LONG = Array.from({ length: 500 }, (_, i) => `${(i * 7919) % 10007}`).join(',');

afterEach(() => vi.useRealTimers());

describe('QrCode', () => {
	test('draws one code as one SVG path, with the accessible name and the frame text', async () => {
		render(QrCode, { text: '{"a":1}', label: 'QR-code met uw antwoorden' });
		const image = await screen.findByRole('img', { name: 'QR-code met uw antwoorden' });
		expect(image.querySelectorAll('path')).toHaveLength(1);
		expect(image.querySelector('path')!.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
		const frame = image.getAttribute('data-frame')!;
		expect(parseQrFrame(frame)).toMatchObject({ index: 1, total: 1 });
		const done = await new QrFrameCollector().add(frame);
		expect(done).toMatchObject({ status: 'complete', text: '{"a":1}' });
		expect(screen.queryByRole('button')).toBeNull();
	});

	test('draws a web address as it is, so a phone camera opens it', async () => {
		render(QrCode, { text: 'https://kwartiermaker.example/#/doe-mee/1.abc', label: 'QR-code om mee te doen', size: 'large' });
		const image = await screen.findByRole('img', { name: 'QR-code om mee te doen' });
		expect(image.getAttribute('data-frame')).toBe('https://kwartiermaker.example/#/doe-mee/1.abc');
	});

	test('shows several frames in turn ("Code 1 van N"), with previous, next and pause', async () => {
		render(QrCode, { text: LONG, label: 'Antwoorden', interval: 40 });
		const image = await screen.findByRole('img', { name: /^Antwoorden\. Code 1 van \d+$/ });
		const total = Number(image.getAttribute('data-frame-total'));
		expect(total).toBeGreaterThan(1);
		expect(screen.getByTestId('qr-code-frame')).toHaveTextContent(`Code 1 van ${total}`);
		// It advances by itself…
		await vi.waitFor(() => expect(screen.getByTestId('qr-code')).toHaveAttribute('data-frame-index', '2'));
		// …until paused; then only the buttons move it.
		await fireEvent.click(screen.getByRole('button', { name: 'Stoppen met wisselen' }));
		const at = Number(screen.getByTestId('qr-code').getAttribute('data-frame-index'));
		await new Promise((resolve) => setTimeout(resolve, 150));
		expect(Number(screen.getByTestId('qr-code').getAttribute('data-frame-index'))).toBe(at);
		expect(screen.getByRole('button', { name: 'Weer wisselen' })).toHaveAttribute('aria-pressed', 'true');
		await fireEvent.click(screen.getByRole('button', { name: 'Volgende code' }));
		expect(Number(screen.getByTestId('qr-code').getAttribute('data-frame-index'))).toBe((at % total) + 1);
		await fireEvent.click(screen.getByRole('button', { name: 'Vorige code' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Vorige code' }));
		expect(Number(screen.getByTestId('qr-code').getAttribute('data-frame-index'))).toBe(((at - 2 + total) % total) + 1);
		// Every frame together gives the text back.
		const collector = new QrFrameCollector();
		let result;
		for (let i = 0; i < total; i++) {
			result = await collector.add(screen.getByTestId('qr-code').getAttribute('data-frame')!);
			await fireEvent.click(screen.getByRole('button', { name: 'Volgende code' }));
		}
		expect(result).toMatchObject({ status: 'complete', text: LONG });
	});

	test('says so when the text does not fit QR codes', async () => {
		render(QrCode, { text: `https://example.org/${'x'.repeat(4000)}`, label: 'Te lang' });
		expect(await screen.findByTestId('qr-code-problem')).toHaveTextContent('Dit past niet in QR-codes.');
	});
});
