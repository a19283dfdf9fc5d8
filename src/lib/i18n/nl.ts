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
	whatsNew: {
		title: (version: string) => `Wat is er nieuw in versie ${version}`,
		intro: 'De vragenlijst is bijgewerkt sinds u aan deze scan begon. Dit is veranderd:'
	},
	glossary: {
		title: 'Begrippen',
		/** Summary of the box on a question page: which terms it explains. */
		summary: (terms: string[]) => `Begrippen: ${terms.join(', ')}`
	},
	noteLabel: 'Toelichting (niet verplicht)',
	noteHint: 'Schrijf op waarom u dit antwoord kiest. Dit komt ook in het actieplan.',
	answerRequired: 'Kies een antwoord. Weet u het niet? Kies dan ‘Weet ik niet’ of sla de vraag over.',
	saveStatus: {
		idle: '',
		saving: 'Bezig met opslaan…',
		saved: 'Opgeslagen op dit apparaat',
		savedMemory: 'Alleen bewaard in dit venster (niet op dit apparaat)',
		error: 'Niet opgeslagen'
	},
	home: {
		title: 'Kwartiermaker',
		lead: 'Een zelfscan voor gemeenten en organisaties die met ervaringswerkers werken of dat willen.',
		myScans: 'Mijn scans',
		noScans: 'U heeft nog geen scans op dit apparaat.',
		startNew: 'Nieuwe scan starten',
		durations: (quick: number, full: number) =>
			`De snelle scan duurt ongeveer ${quick} minuten, de volledige scan ongeveer ${full} minuten.`,
		glossaryTitle: 'Begrippen',
		glossaryIntro: 'Deze woorden komen vaak terug in de scan.',
		evictedTitle: 'Uw opgeslagen scans zijn niet meer in deze browser.',
		evictedText:
			'Ze zijn niet door u verwijderd in Kwartiermaker. Waarschijnlijk heeft de browser de websitegegevens gewist. Heeft u een reservekopie? Zet die hieronder terug.',
		restoreTitle: 'Reservekopie terugzetten',
		restoreText:
			'Heeft u een reservekopie gedownload? Zet die hier terug. Een scan die er al is, blijft staan: de teruggezette scan komt ernaast.',
		restoreLabel: 'Kies het bestand met de reservekopie',
		restoreHint: 'Een .json-bestand dat begint met ‘kwartiermaken-reservekopie’.',
		restoreButton: 'Reservekopie terugzetten',
		restoreMissing: 'Kies eerst een bestand met een reservekopie.',
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
	/** How long a scan takes; the minutes come from the checklist. */
	scanTypeHint: {
		quick: (minutes: number) => `Eén hoofdvraag per thema. Dit duurt ongeveer ${minutes} minuten.`,
		full: (minutes: number) => `Alle vragen. Dit duurt ongeveer ${minutes} minuten.`
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
			organisationTooLong: (max: number) => `De naam mag niet langer zijn dan ${max} tekens`,
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
		backupHeading: 'Reservekopie',
		backupText:
			'Uw antwoorden staan alleen in deze browser. Download af en toe een reservekopie. Dan raakt u niets kwijt als de browsergegevens worden gewist.',
		backupButton: 'Reservekopie downloaden',
		backupDone: (fileName: string) => `De reservekopie is gedownload: ${fileName}`,
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
	keptAside: {
		heading: 'Antwoorden uit een eerdere versie',
		intro:
			'Deze antwoorden gaf u bij een eerdere versie van de vragenlijst. Ze passen niet bij een vraag van nu en tellen niet mee in de resultaten. We bewaren ze, zodat u ze kunt gebruiken bij het beantwoorden van de vragen.',
		unknownQuestion: (id: string) => `Een vraag die niet meer bestaat (${id})`,
		answer: 'Antwoord',
		noAnswer: 'Geen antwoord gekozen',
		answerCode: (value: string) => `antwoordcode ‘${value}’`,
		noteLabel: 'Toelichting',
		version: (version: string) => `Uit versie ${version} van de vragenlijst`
	},
	results: {
		title: 'Resultaten',
		partial: (answered: number, total: number) =>
			`U heeft ${answered} van de ${total} vragen beantwoord. De resultaten gaan alleen over wat u al heeft ingevuld.`,
		finishLink: 'Ga verder met de open vragen',
		missingIntro: 'Hier ontbreken nog antwoorden:',
		provisional: 'voorlopig',
		levelHeading: 'Hoe ver is uw organisatie?',
		overall: (percent: number) => `Gemiddelde score op de thema’s: ${percent}%.`,
		overallWeighted: (percent: number) =>
			`Gemiddelde score op de thema’s: ${percent}%. Thema’s met meer gewicht tellen zwaarder mee.`,
		uncertain: 'onzeker',
		uncertainOverall: (percent: number) =>
			`Dit beeld is onzeker. Bij ${percent}% van de antwoorden koos u ‘Weet ik niet’. Dat telt als het laagste antwoord. Zoek die antwoorden uit, dan klopt het beeld beter.`,
		cappedIntro: (uncapped: string, level: string) =>
			`Op grond van de scores zou u op ‘${uncapped}’ staan. Maar een paar voorwaarden ontbreken nog. Daarom blijft het niveau ‘${level}’:`,
		noScoreYet: 'Er is nog geen score. Beantwoord eerst een paar vragen.',
		risksHeading: 'Risico’s',
		risksIntro: 'Deze valkuilen spelen bij u. Pak ze als eerste aan.',
		riskHigh: 'Groot risico',
		riskMedium: 'Risico',
		yourAnswer: 'Uw antwoord',
		noRisks: 'Op de beantwoorde vragen zien we geen valkuilen die spelen.',
		unknownRisk: 'Onbekend risico',
		unknownRisksIntro: 'Bij deze valkuilen weet u niet of ze spelen. Dan kan het risico er zijn. Zoek het uit.',
		risksUnanswered: 'De vragen over valkuilen zijn nog niet beantwoord.',
		themesHeading: 'Score per thema',
		themesIntro:
			'Hoe langer de balk, hoe beter het thema geregeld is. ‘Weet ik niet’ telt als het laagste antwoord. ‘Niet van toepassing’ telt niet mee. ‘Onzeker’ betekent: bij veel vragen weet u het antwoord niet.',
		tableCaption: 'Score per thema, in procenten',
		chart: {
			theme: 'Thema',
			score: 'Score',
			answered: 'Beantwoord',
			unknown: 'Weet ik niet',
			weight: 'Telt mee',
			noScore: 'Nog geen score',
			answeredOf: (scored: number, total: number) => `${scored} van ${total}`,
			unknownOf: (unknown: number, counted: number) => `${unknown} van ${counted}`,
			weightTimes: (weight: number) => `${weight} keer`,
			/** The line under a bar when some answers are "Weet ik niet". */
			unknownNote: (unknown: number, counted: number, uncertain: boolean) =>
				`Weet ik niet: ${unknown} van ${counted}${uncertain ? ' · onzeker' : ''}`
		},
		strengthsHeading: 'Sterke punten',
		noStrengths: 'Nog geen thema scoort 75% of meer.',
		gapsHeading: 'Wat u nog niet weet',
		gapsIntro: 'Bij deze vragen koos u ‘Weet ik niet’. Zoek uit wie het antwoord weet. Dat maakt de scan completer.',
		noGaps: 'U heeft geen vragen met ‘Weet ik niet’ beantwoord.',
		figuresHeading: 'Ter vergelijking',
		figuresIntro: 'Cijfers uit onderzoek, om uw uitkomst naast te leggen. Ze gaan niet over uw organisatie.',
		toPlan: 'Naar het actieplan',
		print: 'Afdrukken',
		printHint:
			'Tip: kies bij Afdrukken voor ‘Opslaan als pdf’. Dan maakt uw browser een toegankelijke pdf van deze pagina.'
	},
	plan: {
		title: 'Actieplan',
		intro:
			'Deze acties volgen uit uw antwoorden. Valkuilen staan bovenaan, dan de voorwaarden, dan de grootste verbeterpunten. Pas het plan aan: kies een eigenaar en een deadline, zet acties in een andere volgorde of voeg een eigen actie toe. Alles wordt op dit apparaat bewaard.',
		exportHeading: 'Delen en bewaren',
		pdfButton: 'Download het actieplan (pdf)',
		pdfBusy: 'De pdf wordt gemaakt…',
		pdfDone: (fileName: string) => `De pdf is klaar: ${fileName}`,
		pdfError: 'Het maken van de pdf is niet gelukt. Probeer het opnieuw.',
		empty: 'Er zijn nog geen acties. Beantwoord meer vragen, of voeg zelf een actie toe.',
		newProposals: (n: number) =>
			n === 1
				? 'Door nieuwe antwoorden is er 1 actie bijgekomen die nog niet in uw plan staat.'
				: `Door nieuwe antwoorden zijn er ${n} acties bijgekomen die nog niet in uw plan staan.`,
		addProposals: 'Voeg deze acties toe',
		proposalsAdded: (n: number) => (n === 1 ? '1 actie toegevoegd.' : `${n} acties toegevoegd.`),
		priority: { risk: 'Valkuil', precondition: 'Voorwaarde', gap: 'Verbeterpunt', custom: 'Eigen actie' },
		status: { open: 'Nog niet begonnen', bezig: 'Bezig', klaar: 'Klaar' },
		horizon: { '0-3': '0 tot 3 maanden', '3-12': '3 tot 12 maanden', later: 'Later' },
		fields: {
			title: 'Actie',
			owner: 'Eigenaar',
			ownerHint: 'Een naam of een rol, bijvoorbeeld ‘teamleider’',
			deadline: 'Deadline',
			deadlineHint: 'Bijvoorbeeld 31-03-2027. Laat leeg als er nog geen datum is.',
			status: 'Status',
			horizon: 'Termijn',
			why: 'Waarom',
			firstStep: 'Eerste stap'
		},
		edit: 'Bewerken',
		editHeading: (title: string) => `Actie bewerken: ${title}`,
		addHeading: 'Eigen actie toevoegen',
		add: 'Eigen actie toevoegen',
		save: 'Actie opslaan',
		saved: 'De actie is opgeslagen.',
		added: 'De actie is toegevoegd.',
		up: 'Omhoog',
		down: 'Omlaag',
		movedUp: (title: string) => `‘${title}’ staat nu een plek hoger.`,
		movedDown: (title: string) => `‘${title}’ staat nu een plek lager.`,
		remove: 'Verwijderen',
		removeConfirm: 'Deze actie uit het plan halen?',
		removeYes: 'Ja, haal weg',
		removed: (title: string) => `‘${title}’ is uit het plan gehaald.`
	},
	notFound: {
		title: 'Pagina niet gevonden',
		home: 'Ga naar Mijn scans'
	},
	storage: {
		bannerTitle: 'Let op',
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
