/**
 * Dutch interface texts (B1). Content texts live in checklists/; these are the words of the app
 * itself. An English translation is a second object of the same type (`Messages`).
 */
export const nl = {
	appName: 'Kwartiermaker',
	skipLink: 'Naar de inhoud',
	back: 'Terug',
	continue: 'Opslaan en verder',
	skip: 'Deze vraag overslaan',
	cancel: 'Annuleren',
	change: 'Wijzigen',
	errorSummaryTitle: 'Er is een probleem',
	errorPrefix: 'Fout:',
	whyWeAsk: 'Waarom vragen we dit?',
	noteLabel: 'Toelichting (niet verplicht)',
	noteHint: 'Schrijf op waarom u dit antwoord kiest. Dit komt ook in het actieplan.',
	answerRequired: 'Kies een antwoord. Weet u het niet? Kies dan ‘Weet ik niet’ of sla de vraag over.',
	saveStatus: {
		idle: '',
		saving: 'Bezig met opslaan…',
		saved: 'Opgeslagen op dit apparaat',
		error: 'Niet opgeslagen'
	},
	home: {
		title: 'Kwartiermaker',
		lead: 'Een zelfscan voor gemeenten en organisaties die met ervaringswerkers werken of dat willen.',
		myScans: 'Mijn scans',
		noScans: 'U heeft nog geen scans op dit apparaat.',
		startNew: 'Nieuwe scan starten',
		demoTitle: 'Eerst rondkijken?',
		demoText: 'Bekijk een voorbeeldscan van de verzonnen gemeente Voorbeeldstad. Wat u daar verandert, raakt uw eigen scans niet.',
		demoLink: 'Voorbeeldscan bekijken',
		themesTitle: 'Wat de scan bekijkt',
		dataTitle: 'Over uw gegevens',
		dataText:
			'Alles wat u invult, blijft in deze browser op dit apparaat. Er gaat niets naar een server. Wist u uw browsergegevens? Dan zijn uw scans weg. Download daarom af en toe uw actieplan.',
		continueScan: 'Doorgaan',
		rename: 'Naam wijzigen',
		renameLabel: 'Nieuwe naam van de organisatie',
		renameSave: 'Naam opslaan',
		duplicate: 'Kopie maken',
		delete: 'Verwijderen',
		deleteConfirmTitle: 'Weet u zeker dat u deze scan wilt verwijderen?',
		deleteConfirmText: 'De antwoorden en het actieplan worden van dit apparaat verwijderd. Dit kunt u niet ongedaan maken.',
		deleteConfirm: 'Ja, verwijder deze scan',
		lastEdited: 'Laatst gewijzigd',
		progress: 'Voortgang',
		complete: 'Klaar',
		organisationRequired: 'Vul de naam van de organisatie in'
	},
	scanType: { quick: 'Snelle scan', full: 'Volledige scan' },
	scanTypeHint: {
		quick: 'Eén hoofdvraag per thema. Dit duurt ongeveer 10 minuten.',
		full: 'Alle vragen. Dit duurt ongeveer 20 minuten.'
	},
	demoBanner: 'Dit is een voorbeeldscan van een verzonnen gemeente. Uw eigen scans veranderen hier niet door.',
	profile: {
		titleNew: 'Over uw organisatie',
		titleEdit: 'Gegevens van de scan',
		organisation: 'Naam van de gemeente of organisatie',
		filledInBy: 'Uw naam (niet verplicht)',
		role: 'Uw functie of rol (niet verplicht)',
		roleHint: 'Bijvoorbeeld: beleidsmedewerker sociaal domein',
		phase: 'Hoe ver is uw organisatie met ervaringswerk?',
		phaseHint: 'Sommige vragen passen we hierop aan.',
		focusAreas: 'Op welke werkvelden richt u zich? (niet verplicht)',
		focusHint: 'Kies alles wat past.',
		mode: 'Welke scan wilt u doen?',
		errors: {
			organisation: 'Vul de naam van de gemeente of organisatie in',
			organisationTooLong: 'De naam mag niet langer zijn dan 120 tekens',
			phase: 'Kies hoe ver uw organisatie is',
			mode: 'Kies een snelle of een volledige scan'
		}
	},
	tasks: {
		caption: 'Zelfscan ervaringswerk',
		progress: (answered: number, total: number) => `U heeft ${answered} van de ${total} vragen beantwoord.`,
		themesHeading: 'Thema’s',
		status: { 'niet-begonnen': 'Niet begonnen', bezig: 'Bezig', klaar: 'Klaar' },
		checkHeading: 'Controleren en afronden',
		checkLink: 'Antwoorden controleren',
		resultsLink: 'Resultaten en actieplan bekijken',
		profileLink: 'Gegevens van de scan wijzigen',
		homeLink: 'Naar Mijn scans',
		openQuestions: (n: number) => (n === 1 ? '1 open vraag' : `${n} open vragen`)
	},
	check: {
		themeTitle: (theme: string) => `Controleer uw antwoorden: ${theme}`,
		allTitle: 'Controleer uw antwoorden',
		notAnswered: 'Nog niet beantwoord',
		noteLabel: 'Toelichting',
		toTasks: 'Terug naar het overzicht',
		toResults: 'Bekijk de resultaten',
		openWarning: (n: number) =>
			n === 1
				? 'Er is nog 1 vraag open. U kunt de resultaten al bekijken, maar die zijn dan nog niet compleet.'
				: `Er zijn nog ${n} vragen open. U kunt de resultaten al bekijken, maar die zijn dan nog niet compleet.`,
		allDone: 'U heeft alle vragen beantwoord.'
	},
	notFound: {
		title: 'Pagina niet gevonden',
		home: 'Ga naar Mijn scans'
	},
	storage: {
		bannerTitle: 'Let op: uw antwoorden worden niet bewaard',
		retry: 'Opnieuw proberen'
	},
	update: {
		text: 'Er is een nieuwe versie van Kwartiermaker.',
		button: 'Nu bijwerken',
		later: 'Later'
	}
} as const;

export type Messages = typeof nl;
export const t: Messages = nl;
