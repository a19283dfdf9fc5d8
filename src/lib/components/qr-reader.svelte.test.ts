import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, test, vi } from 'vitest';
import { QrReader, type QrDecoder } from '../app/qr-reader.svelte.ts';
import QrReaderView from './qr-reader.svelte';

function readerWith(openCamera: QrDecoder['openCamera']) {
	const decoder: QrDecoder = { openCamera, decodeImage: () => null, decodePhoto: async () => ({ ok: false, reason: 'none' }) };
	return new QrReader({ load: async () => decoder, every: () => () => {} }, () => {});
}

describe('QrReader view', () => {
	test('starts the camera only on the click, and offers "Camera stoppen" while it runs', async () => {
		const stop = vi.fn();
		const openCamera = vi.fn(async () => ({ stream: {} as MediaStream, grab: () => null, stop }));
		render(QrReaderView, { reader: readerWith(openCamera) });
		expect(screen.getByTestId('qr-status')).toHaveTextContent('De camera gaat pas aan als u op "Camera starten" klikt.');
		expect(openCamera).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('button', { name: 'Camera starten' }));
		await fireEvent.click(await screen.findByRole('button', { name: 'Camera stoppen' }));
		expect(stop).toHaveBeenCalledTimes(1);
		expect(await screen.findByRole('button', { name: 'Camera starten' })).toBeInTheDocument();
	});

	test.each([
		['denied', 'De camera mag niet worden gebruikt.'],
		['unavailable', 'Er is op dit apparaat geen camera gevonden.'],
		['error', 'De camera werkt niet.']
	] as const)('when the camera is %s it says why and offers a photo or a link', async (problem, text) => {
		render(QrReaderView, { reader: readerWith(async () => Promise.reject(Object.assign(new Error('x'), { problem }))) });
		await fireEvent.click(screen.getByRole('button', { name: 'Camera starten' }));
		const alert = await screen.findByTestId('qr-problem');
		expect(alert).toHaveTextContent(text);
		expect(alert).toHaveTextContent('foto van de QR-code');
		expect(alert).toHaveTextContent('plak die');
		expect(screen.getByLabelText('Foto van een QR-code kiezen')).toHaveAttribute('accept', 'image/*');
	});

	test('says when a chosen photo has no code', async () => {
		render(QrReaderView, { reader: readerWith(vi.fn()) });
		const input = screen.getByLabelText('Foto van een QR-code kiezen');
		await fireEvent.change(input, { target: { files: [new File(['x'], 'foto.jpg', { type: 'image/jpeg' })] } });
		expect(await screen.findByTestId('qr-photo-problem')).toHaveTextContent('Op deze foto is geen QR-code gevonden.');
	});
});
