/**
 * The app's pages as data, and their URL hashes.
 *
 * The hash mirrors the wizard's current step, so back/forward and reload land on the same page.
 * Parsing is strict: anything that is not a known page with well-formed ids becomes `not-found`,
 * so a hostile or broken link can never reach storage with odd ids.
 */

export type ReturnTarget = 'check' | 'theme';

export type Route =
	| { name: 'home' }
	| { name: 'new' }
	| { name: 'profile'; scanId: string }
	| { name: 'tasks'; scanId: string }
	| { name: 'question'; scanId: string; questionId: string; returnTo: ReturnTarget | null }
	| { name: 'theme-check'; scanId: string; themeId: string }
	| { name: 'check'; scanId: string }
	| { name: 'results'; scanId: string }
	| { name: 'plan'; scanId: string }
	| { name: 'hand-in'; scanId: string }
	/** "Scan herhalen": start a new scan that repeats this one. */
	| { name: 'repeat'; scanId: string }
	/** Voortgang: this scan compared with an earlier one. */
	| { name: 'progress'; scanId: string }
	| { name: 'data' }
	| { name: 'receive' }
	| { name: 'workshop-new' }
	/** `questionId`: projector mode and the consensus page open at this question (`?vraag=<id>`). */
	| { name: 'workshop'; workshopId: string; page: WorkshopPage; questionId?: string }
	| { name: 'join' }
	| { name: 'answers' }
	/** Themes handed to a colleague (src/lib/delegation/): the owner's hand-out form, merge screen; the colleague's return. */
	| { name: 'delegate'; scanId: string }
	| { name: 'delegate-merge'; scanId: string }
	| { name: 'delegate-return'; scanId: string }
	/** A colleague opens a hand-out link (`#/delegatie/1.<data>`), or a file on `#/delegatie`. */
	| { name: 'delegation' }
	/** The owner opens a colleague's return link (`#/terug/1.<data>`). */
	| { name: 'delegation-returned' }
	| { name: 'not-found' };

/**
 * The facilitator's screens of one werksessie (workshop), with their Dutch path segment:
 * overview (join code, who handed in), collect (QR, files, links), hands (show of hands), discuss
 * (where we differ), project (projector mode), consensus (settle the answers).
 */
export const WORKSHOP_PAGES = {
	overview: '',
	collect: 'verzamelen',
	hands: 'handen',
	discuss: 'bespreken',
	project: 'projectie',
	consensus: 'overeenstemming'
} as const;
export type WorkshopPage = keyof typeof WORKSHOP_PAGES;

export type RouteName = Route['name'];
export type ScanRoute = Extract<Route, { scanId: string }>;

/** The id of the demo scan. Real scans get random UUIDs, so they can never collide with it. */
export const DEMO_SCAN_ID = 'demo';

const SCAN_ID = /^(?:demo|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+){0,12}$/;
const MAX_HASH_LENGTH = 300;

/** True for routes that belong to one scan. */
export function isScanRoute(route: Route): route is ScanRoute {
	return 'scanId' in route;
}

/**
 * The page that shows a scan received in a share link. The link's data follows this prefix
 * (`#/ontvang/1.<data>`) and can be thousands of characters long, so it is recognised before the
 * length limit; the app takes the data out of the address before it routes (see wizard-app).
 */
const RECEIVE_PATH = '/ontvang';
/** A werksessie's join link: `#/doe-mee/1.<invitation>`; its data is taken out of the address like a share link's. */
export const JOIN_PATH = '/doe-mee';
/** A participant's answers as a link: `#/antwoorden/1.<answers>`, opened by the facilitator. */
export const ANSWERS_PATH = '/antwoorden';
/** Themes handed to a colleague: `#/delegatie/1.<hand-out>`; its data is taken out of the address like a join link's. */
export const DELEGATION_PATH = '/delegatie';
/** The colleague's answers coming back: `#/terug/1.<return>`, opened by the owner. */
export const RETURN_PATH = '/terug';
const WORKSHOP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when `raw` (a hash without `#`) is `path` or starts with `path/`. */
function isPathWithData(raw: string, path: string): boolean {
	return raw === path || raw.startsWith(`${path}/`);
}

/** Turns a location hash (with or without `#`) into a route. Never throws. */
export function parseHash(hash: string): Route {
	const raw = hash.replace(/^#/, '');
	if (isPathWithData(raw, RECEIVE_PATH)) return { name: 'receive' };
	if (isPathWithData(raw, JOIN_PATH)) return { name: 'join' };
	if (isPathWithData(raw, ANSWERS_PATH)) return { name: 'answers' };
	if (isPathWithData(raw, DELEGATION_PATH)) return { name: 'delegation' };
	if (isPathWithData(raw, RETURN_PATH)) return { name: 'delegation-returned' };
	if (hash.length > MAX_HASH_LENGTH) return { name: 'not-found' };
	if (raw === '' || raw === '/') return { name: 'home' };
	const [path = '', query = ''] = raw.split('?', 2);
	const parts = path.split('/').filter(Boolean);
	if (parts.length === 1 && parts[0] === 'nieuw') return { name: 'new' };
	if (parts.length === 1 && parts[0] === 'gegevens') return { name: 'data' };
	if (parts[0] === 'werksessie') return parseWorkshopPath(parts.slice(1), query);
	if (parts[0] !== 'scan' || !parts[1] || !SCAN_ID.test(parts[1])) return { name: 'not-found' };
	const scanId = parts[1];
	const [, , page, param, ...rest] = parts;
	if (rest.length > 0) return { name: 'not-found' };
	if (page === undefined) return { name: 'tasks', scanId };
	if (param === undefined) {
		switch (page) {
			case 'profiel':
				return { name: 'profile', scanId };
			case 'controleren':
				return { name: 'check', scanId };
			case 'resultaten':
				return { name: 'results', scanId };
			case 'actieplan':
				return { name: 'plan', scanId };
			case 'inleveren':
				return { name: 'hand-in', scanId };
			case 'herhalen':
				return { name: 'repeat', scanId };
			case 'voortgang':
				return { name: 'progress', scanId };
			case 'uitbesteden':
				return { name: 'delegate', scanId };
			case 'samenvoegen':
				return { name: 'delegate-merge', scanId };
			case 'terugsturen':
				return { name: 'delegate-return', scanId };
			default:
				return { name: 'not-found' };
		}
	}
	if (!CONTENT_ID.test(param)) return { name: 'not-found' };
	if (page === 'vraag') {
		const back = new URLSearchParams(query).get('terug');
		const returnTo = back === 'controleren' ? 'check' : back === 'thema' ? 'theme' : null;
		return { name: 'question', scanId, questionId: param, returnTo };
	}
	if (page === 'thema') return { name: 'theme-check', scanId, themeId: param };
	return { name: 'not-found' };
}

/** `#/werksessie/nieuw`, `#/werksessie/<id>` and `#/werksessie/<id>/<page>`. */
function parseWorkshopPath(parts: string[], query: string): Route {
	if (parts.length === 1 && parts[0] === 'nieuw') return { name: 'workshop-new' };
	const [workshopId, segment = '', ...rest] = parts;
	if (!workshopId || !WORKSHOP_ID.test(workshopId) || rest.length > 0) return { name: 'not-found' };
	const page = (Object.keys(WORKSHOP_PAGES) as WorkshopPage[]).find((key) => WORKSHOP_PAGES[key] === segment);
	if (!page) return { name: 'not-found' };
	const questionId = new URLSearchParams(query).get('vraag');
	if (questionId !== null && (page === 'project' || page === 'consensus') && CONTENT_ID.test(questionId)) {
		return { name: 'workshop', workshopId, page, questionId };
	}
	return { name: 'workshop', workshopId, page };
}

/** The hash for a route (with leading `#`). */
export function toHash(route: Route): string {
	switch (route.name) {
		case 'home':
		case 'not-found':
			return '#/';
		case 'new':
			return '#/nieuw';
		case 'data':
			return '#/gegevens';
		case 'receive':
			return `#${RECEIVE_PATH}`;
		case 'join':
			return `#${JOIN_PATH}`;
		case 'answers':
			return `#${ANSWERS_PATH}`;
		case 'delegation':
			return `#${DELEGATION_PATH}`;
		case 'delegation-returned':
			return `#${RETURN_PATH}`;
		case 'delegate':
			return `#/scan/${route.scanId}/uitbesteden`;
		case 'delegate-merge':
			return `#/scan/${route.scanId}/samenvoegen`;
		case 'delegate-return':
			return `#/scan/${route.scanId}/terugsturen`;
		case 'workshop-new':
			return '#/werksessie/nieuw';
		case 'workshop': {
			const segment = WORKSHOP_PAGES[route.page];
			const question = route.questionId ? `?vraag=${route.questionId}` : '';
			return `#/werksessie/${route.workshopId}${segment ? `/${segment}` : ''}${question}`;
		}
		case 'hand-in':
			return `#/scan/${route.scanId}/inleveren`;
		case 'repeat':
			return `#/scan/${route.scanId}/herhalen`;
		case 'progress':
			return `#/scan/${route.scanId}/voortgang`;
		case 'tasks':
			return `#/scan/${route.scanId}`;
		case 'profile':
			return `#/scan/${route.scanId}/profiel`;
		case 'check':
			return `#/scan/${route.scanId}/controleren`;
		case 'results':
			return `#/scan/${route.scanId}/resultaten`;
		case 'plan':
			return `#/scan/${route.scanId}/actieplan`;
		case 'theme-check':
			return `#/scan/${route.scanId}/thema/${route.themeId}`;
		case 'question': {
			const back = route.returnTo === 'check' ? '?terug=controleren' : route.returnTo === 'theme' ? '?terug=thema' : '';
			return `#/scan/${route.scanId}/vraag/${route.questionId}${back}`;
		}
	}
}
