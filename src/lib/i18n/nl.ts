/**
 * Dutch interface texts (B1): the words of the app itself, on screen and in the PDF. Content texts
 * (questions, themes, actions) live in checklists/. This object defines the keys: `Messages` (messages.ts)
 * is derived from it, and en.ts must have exactly the same keys. Only the i18n module imports this file;
 * views read the current language through `t` from language.svelte.ts.
 */
import { formatFileSize, formatNumber } from './format.ts';

export const nl = {
	appName: 'Kwartiermaker',
	skipLink: 'Naar de inhoud',
	headerTag: 'Zelfscan ervaringswerk',
	/** Shown after the organisation or page name in the browser tab. */
	titleSuffix: 'zelfscan ervaringswerk',
	language: {
		/** Label of the language links in the header (read by screen readers). */
		switchLabel: 'Taal',
		/** The suggestion when the address or the browser asks for English; always in English. */
		suggestion: 'This service is also available in English.',
		suggestionLink: 'Switch to English',
		suggestionDismiss: 'Nee, bedankt'
	},
	footer: {
		about:
			'Kwartiermaker werkt zonder account en zonder server. Uw antwoorden blijven in deze browser. De vragen zijn gebaseerd op onderzoek van onder meer Movisie; bij elke vraag staat de bron.',
		version: (version: string) => `Inhoud: checklist versie ${version}.`
	},
	banners: {
		storage: 'Opslag',
		demo: 'Voorbeeld',
		tabs: 'Andere tabbladen'
	},
	problems: {
		notFound: 'Deze pagina bestaat niet. Misschien is de link niet compleet.',
		scanMissing: 'Deze scan bestaat niet (meer) op dit apparaat.',
		notInScan: 'Deze vraag of dit thema hoort niet bij deze scan.',
		saveFailed: 'Er ging iets mis bij het opslaan. Probeer het opnieuw.'
	},
	loading: 'Bezig met laden…',
	/** Small words around names and titles, mostly for screen readers. */
	words: {
		/** The word between the answers and the special choices ("Weet ik niet"). */
		or: 'of',
		answerTo: (question: string) => `antwoord op: ${question}`,
		with: (name: string) => `met ${name}`,
		of: (name: string) => `van ${name}`,
		action: (title: string) => `actie: ${title}`
	},
	startFailed: {
		title: 'Kwartiermaker kon niet starten',
		text: 'Laad de pagina opnieuw. Lukt het dan nog niet? Controleer of u een recente browser gebruikt. Uw opgeslagen scans blijven bewaard.'
	},
	back: 'Terug',
	continue: 'Opslaan en verder',
	skip: 'Deze vraag overslaan',
	cancel: 'Annuleren',
	change: 'Wijzigen',
	errorSummaryTitle: 'Er is een probleem',
	errorPrefix: 'Fout:',
	/** The three boxes of a date (components/date-input.svelte). */
	dateInput: { day: 'Dag', month: 'Maand', year: 'Jaar' },
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
	noteHint: 'Schrijf op waarom u dit antwoord kiest. Leidt uw antwoord tot een actie? Dan staat uw toelichting bij die actie in het actieplan.',
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
		viewResults: 'Bekijk resultaten',
		beforeTitle: 'Voordat u begint',
		beforeNeed: 'U heeft niets nodig om te beginnen. Weet u een antwoord niet? Kies dan ‘Weet ik niet’.',
		beforeStop: 'U kunt altijd stoppen. Uw antwoorden blijven bewaard op dit apparaat, en u gaat later verder waar u was.',
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
		kind: 'Soort',
		questionsOf: (answered: number, total: number) => `${answered} van ${total} vragen`,
		organisationRequired: 'Vul de naam van de organisatie in',
		restoredOne: (name: string) => `De scan ‘${name}’ is teruggezet.`,
		restoredMany: (n: number) => `${n} scans zijn teruggezet.`
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
		phase: (phase: string) => `Fase: ${phase}.`,
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
		/** Label before the explanation the user wrote with an answer. */
		noteLabel: 'Uw toelichting',
		toTasks: 'Terug naar het overzicht',
		/** After a theme's check page: on to the next theme (its name follows for screen readers). */
		toNextTheme: 'Volgende thema',
		/** After the last theme's check page: on to the check page of the whole scan. */
		toCheckAll: 'Alle antwoorden controleren',
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
		overall: (percent: string) => `Gemiddelde score op de thema’s: ${percent}.`,
		overallWeighted: (percent: string) =>
			`Gemiddelde score op de thema’s: ${percent}. Thema’s met meer gewicht tellen zwaarder mee.`,
		uncertain: 'onzeker',
		uncertainOverall: (percent: string) =>
			`Dit beeld is onzeker. Bij ${percent} van de antwoorden koos u ‘Weet ik niet’. Dat telt als het laagste antwoord. Zoek die antwoorden uit, dan klopt het beeld beter.`,
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
		toPlan: 'Naar het actieplan'
	},
	plan: {
		title: 'Actieplan',
		intro:
			'Deze acties volgen uit uw antwoorden. Valkuilen staan bovenaan, dan de voorwaarden, dan de grootste verbeterpunten. Pas het plan aan: kies een eigenaar en een deadline, zet acties in een andere volgorde of voeg een eigen actie toe. Alles wordt op dit apparaat bewaard.',
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
			title: 'Titel van de actie',
			owner: 'Eigenaar',
			ownerHint: 'Een naam of een rol, bijvoorbeeld ‘teamleider’',
			deadline: 'Deadline',
			deadlineHint: 'Bijvoorbeeld 31 3 2027. Laat leeg als er nog geen datum is.',
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
		removed: (title: string) => `‘${title}’ is uit het plan gehaald.`,
		errors: {
			titleMissing: 'Vul de titel van de actie in',
			tooLong: {
				title: (max: number, now: number) => `De titel van de actie is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				why: (max: number, now: number) => `De tekst bij ‘Waarom’ is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				firstStep: (max: number, now: number) => `De eerste stap is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				owner: (max: number, now: number) => `De naam van de eigenaar is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`
			},
			notText: {
				why: 'De tekst bij ‘Waarom’ moet tekst zijn.',
				firstStep: 'De eerste stap moet tekst zijn.',
				owner: 'De naam van de eigenaar moet tekst zijn.'
			},
			deadlineFormat: 'De deadline moet een echte datum zijn',
			deadlineDay: 'De deadline moet een echte datum zijn',
			deadlineNoDay: 'De deadline moet een dag bevatten',
			deadlineNoMonth: 'De deadline moet een maand bevatten',
			deadlineNoYear: 'De deadline moet een jaar bevatten',
			deadlineYearDigits: 'Het jaar van de deadline moet vier cijfers hebben',
			deadlineRange: (min: string, max: string) => `Kies een jaar tussen ${min} en ${max}.`,
			horizon: 'Kies een termijn: 0-3 maanden, 3-12 maanden of later.',
			status: 'Kies een status: open, bezig of klaar.',
			planFull: (n: number) => `Het actieplan heeft al ${n} acties. Haal eerst een actie weg.`
		},
		overview: {
			heading: 'Overzicht',
			caption: (n: number) =>
				n === 1 ? 'Het plan heeft 1 actie. Kies een actie om de details te zien.' : `Het plan heeft ${n} acties. Kies een actie om de details te zien.`,
			number: 'Nr.',
			action: 'Actie',
			priority: 'Prioriteit',
			owner: 'Eigenaar',
			deadline: 'Deadline',
			status: 'Status',
			none: 'geen'
		},
		toOverview: 'Terug naar het overzicht',
		warningLabel: 'Waarschuwing',
		unfinished: (answered: number, inScope: number) =>
			`U heeft de scan nog niet af (${answered} van de ${inScope} vragen beantwoord). Dit plan is gemaakt met de antwoorden tot nu toe. Beantwoord de open vragen voor een volledig plan.`,
		continueScan: 'Ga verder met de scan',
		evidence: {
			heading: 'Waarom deze actie',
			intro: 'Deze actie volgt uit uw antwoord:',
			question: 'Vraag',
			answer: 'Uw antwoord',
			note: 'Uw toelichting',
			noAnswer: 'Niet beantwoord',
			changed: 'Uw antwoord is veranderd sinds de actie in het plan kwam. De actie volgt er nu niet meer uit. U kunt de actie houden of weghalen.'
		}
	},
	notFound: {
		title: 'Pagina niet gevonden',
		nothingChanged: 'Er is niets veranderd aan uw opgeslagen scans.',
		home: 'Ga naar Mijn scans'
	},
	storage: {
		bannerTitle: 'Let op',
		retry: 'Opnieuw proberen',
		errors: {
			quota: 'Uw apparaat heeft geen ruimte meer. Uw laatste antwoord is niet opgeslagen. Download een reservekopie.',
			unavailable:
				'Deze browser bewaart geen gegevens (bijvoorbeeld in een privévenster). Uw antwoorden blijven alleen bewaard zolang dit venster open is.',
			blocked:
				'Kwartiermaker is ook open in een ander tabblad. Sluit de andere tabbladen met Kwartiermaker. Daarna kunt u hier verder.',
			version:
				'Uw gegevens zijn opgeslagen met een nieuwere versie van Kwartiermaker. Deze versie kan ze niet openen. Er is niets gewist. Laad de pagina opnieuw om de nieuwste versie te gebruiken.',
			closed:
				'De verbinding met de opslag van uw browser is verbroken. Uw laatste antwoord is misschien niet opgeslagen. Download een reservekopie en laad de pagina opnieuw.',
			unknown: 'Er ging iets mis bij het opslaan. Uw laatste antwoord is misschien niet opgeslagen. Download een reservekopie.',
			timeout:
				'De opslag van deze browser reageert niet. Uw antwoorden blijven alleen bewaard zolang dit venster open is. Een reservekopie of het actieplan downloaden kan wel.',
			notFound: 'Deze scan bestaat niet meer. Misschien is hij verwijderd in een ander tabblad.',
			idTaken: 'Er bestaat al een scan met deze code. Er is niets overschreven.',
			readBack: 'Uw laatste antwoord is niet goed opgeslagen. Probeer het opnieuw en download een reservekopie.',
			scanNewer: 'Deze scan is opgeslagen met een nieuwere versie van Kwartiermaker. Werk de app bij om hem te openen.',
			scanDamaged: 'Deze scan is beschadigd en kan niet worden geopend.'
		},
		/** Data that cannot be stored as plain data (a bug in the app); `path` says where, e.g. answers.q1.note. */
		notPlain: {
			notFinite: (path: string) => `Kan niet opslaan: ${path || '(waarde)'} is geen eindig getal.`,
			function: (path: string) => `Kan niet opslaan: ${path || '(waarde)'} is een functie.`,
			type: (path: string, type: string) => `Kan niet opslaan: ${path || '(waarde)'} is van het type ${type}.`,
			tooDeep: (path: string) => `Kan niet opslaan: ${path || '(waarde)'} is te diep genest.`,
			cycle: (path: string) => `Kan niet opslaan: ${path || '(waarde)'} verwijst naar zichzelf.`,
			notPlainObject: (path: string, name: string) => `Kan niet opslaan: ${path || '(waarde)'} is geen gewoon object (${name}).`,
			forbiddenKey: (path: string) => `Kan niet opslaan: ${path || '(waarde)'} is een verboden sleutel.`
		}
	},
	tabs: {
		openElsewhere: 'Deze scan is ook geopend in een ander tabblad.',
		openElsewhereHint: 'Wat u in het ene tabblad opslaat, ziet u meteen in het andere. Bij dezelfde vraag telt de laatste wijziging.',
		deletedElsewhere: 'Deze scan is verwijderd in een ander tabblad. Wat u hier nog wijzigt, wordt niet opgeslagen.',
		answerChanged: 'Deze vraag is in een ander tabblad gewijzigd.',
		answerChangedShown: 'U ziet nu het antwoord dat daar is opgeslagen.',
		replacedNote: 'Uw toelichting in dit tabblad was:',
		restoreNote: 'Zet mijn toelichting terug',
		planChanged: 'Het actieplan is in een ander tabblad gewijzigd. U ziet nu het plan met die wijzigingen.'
	},
	update: {
		bannerLabel: 'Nieuwe versie',
		text: 'Er is een nieuwe versie van Kwartiermaker.',
		textActive: 'Er is een nieuwe versie van Kwartiermaker. Laad de pagina opnieuw als u klaar bent met deze vraag.',
		savedFirst: 'Uw antwoorden worden eerst opgeslagen.',
		button: 'Nu bijwerken',
		later: 'Later',
		saveFailed:
			'Uw laatste antwoorden zijn nog niet opgeslagen. Daarom is de app niet bijgewerkt. Probeer het opnieuw of download eerst een reservekopie.'
	},
	shareLink: {
		heading: 'Delen via een link',
		text: 'Maak een link met deze scan erin. Wie de link opent, kan de scan toevoegen aan Kwartiermaker in zijn eigen browser.',
		privacy:
			'De antwoorden staan in de link zelf. Ze gaan niet via een server van Kwartiermaker. Stuur de link alleen naar mensen die uw antwoorden mogen zien.',
		button: 'Deel via link',
		busy: 'De link wordt gemaakt…',
		label: 'Link naar deze scan',
		hint: 'Selecteer de link en kopieer hem, of gebruik de knop.',
		copy: 'Kopieer de link',
		copied: 'De link is gekopieerd. Plak hem in een e-mail of chatbericht.',
		copyFailed: 'Kopiëren lukte niet. Selecteer de link in het veld en kopieer hem zelf.',
		tooLarge: (length: string, max: string) =>
			`Deze scan is te groot voor een link (${length} tekens; de grens is ${max}). Download een reservekopie en stuur dat bestand.`,
		unsupported: 'Deze browser kan geen link maken. Download een reservekopie en stuur dat bestand.',
		failed: 'Het maken van de link is niet gelukt. Probeer het opnieuw of download een reservekopie.',
		errors: {
			notShare: 'Deze link is geen link naar een scan van Kwartiermaker.',
			newer: 'Deze link is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en open de link opnieuw.',
			damaged: 'Deze link is beschadigd of niet compleet.',
			tooLarge: 'Deze link bevat te veel gegevens.',
			severalScans: 'Deze link bevat meer dan één scan. Kwartiermaker maakt alleen links met één scan.',
			unsupported: 'Deze browser kan de link niet uitpakken. Gebruik een recente browser, of vraag om een reservekopie als bestand.'
		}
	},
	/**
	 * Reading a backup file or the data of a share link (files/read-backup.ts): why it is refused, and what the
	 * user should check after a restore. A message about a field is built from parts: the scan, the field
	 * (`fields`, `items`, `entries`, joined by `path`) and the problem (`problems`); each problem gets `plural`
	 * first, true when the field's name is plural ("antwoorden ontbreken").
	 */
	backupFile: {
		errors: {
			notBackup: 'Dit bestand is geen reservekopie van Kwartiermaker.',
			empty: 'Dit bestand is leeg.',
			notJson: 'Dit bestand is beschadigd: het is geen geldige JSON.',
			tooDeep: 'Dit bestand is beschadigd: de gegevens zijn te diep genest.',
			tooManyValues: 'Dit bestand is te groot: het bevat te veel gegevens voor een reservekopie.',
			badVersion: 'Dit bestand is beschadigd: het versienummer van de reservekopie klopt niet.',
			badEnvelope: 'Dit bestand is beschadigd: de gegevens over de reservekopie kloppen niet.',
			newer: 'Deze reservekopie is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.',
			older: 'Deze reservekopie is gemaakt met een oude versie van Kwartiermaker. Deze app kan hem niet meer lezen.',
			noScanList: 'Dit bestand is beschadigd: de lijst met scans ontbreekt.',
			noScans: 'De reservekopie bevat geen scans.',
			tooManyScans: (max: number) => `De reservekopie bevat te veel scans (meer dan ${formatNumber(max, 'nl')}).`,
			unexpected: 'Dit bestand kon niet worden gelezen. Kies een ander bestand of probeer het opnieuw.',
			forbiddenKey: (key: string) => `Dit bestand is niet ingelezen, omdat het een onveilige veldnaam bevat ("${key}").`,
			tooLarge: (bytes: number) => `Dit bestand is te groot (meer dan ${formatFileSize(bytes, 'nl')}).`,
			/** `scan` is `scanLabel`, `problem` what is wrong ("profiel, organisatie is te lang …"). */
			scanInvalid: (scan: string, problem: string) => `${scan} in de reservekopie klopt niet: ${problem}.`,
			otherChecklist: (scan: string) => `${scan} in de reservekopie hoort bij een andere vragenlijst. Deze app kan die scan niet inlezen.`,
			newerChecklist: (scan: string, version: string, appVersion: string) =>
				`${scan} in de reservekopie is gemaakt met versie ${version} van de vragenlijst. Deze app heeft versie ${appVersion}. Werk de app bij en probeer het opnieuw.`
		},
		warnings: {
			notUtf8:
				'Dit bestand is niet als UTF-8 opgeslagen. Letters met accenten (zoals ë en é) zijn daarom omgezet. Kijk de teksten van de scan goed na.',
			olderChecklist: (version: string, appVersion: string) =>
				`De scan is gemaakt met versie ${version} van de vragenlijst. Deze app gebruikt versie ${appVersion}. Kijk de antwoorden goed na.`,
			keptAside: (count: number) =>
				count === 1
					? '1 antwoord past niet meer bij deze versie van de vragenlijst. Het is apart bewaard en staat bij het controleren van de antwoorden, onder ‘Antwoorden uit een eerdere versie’.'
					: `${formatNumber(count, 'nl')} antwoorden passen niet meer bij deze versie van de vragenlijst. Ze zijn apart bewaard en staan bij het controleren van de antwoorden, onder ‘Antwoorden uit een eerdere versie’.`,
			unknownFocusAreas: (count: number) =>
				count === 1
					? '1 aandachtsgebied is onbekend en is niet overgenomen.'
					: `${formatNumber(count, 'nl')} aandachtsgebieden zijn onbekend en zijn niet overgenomen.`,
			/** A warning about one scan of a file with several. */
			ofScan: (scan: number, warning: string) => `Scan ${scan}: ${warning}`
		},
		scanLabel: {
			single: 'De scan',
			numbered: (scan: number) => `Scan ${scan}`
		},
		/** "profiel, organisatie" + "is te lang …". */
		fieldProblem: (field: string, problem: string) => `${field} ${problem}`,
		/** The parts of a field's place, e.g. "actieplan, actie 3, eigenaar". */
		path: (...parts: string[]) => parts.join(', '),
		problems: {
			notScan: 'het is geen scan',
			wrongChecklistVersion: 'de versie van de vragenlijst klopt niet',
			invalid: (plural: boolean) => (plural ? 'kloppen niet' : 'klopt niet'),
			missing: (plural: boolean) => (plural ? 'ontbreken' : 'ontbreekt'),
			wrongShape: (plural: boolean) => (plural ? 'hebben niet de juiste vorm' : 'heeft niet de juiste vorm'),
			notText: (plural: boolean) => (plural ? 'zijn geen tekst' : 'is geen tekst'),
			tooLong: (plural: boolean, max: number) => `${plural ? 'zijn' : 'is'} te lang (meer dan ${formatNumber(max, 'nl')} tekens)`,
			tooMany: (_plural: boolean, max: number) => `zijn te veel (meer dan ${formatNumber(max, 'nl')})`,
			empty: (plural: boolean) => (plural ? 'zijn leeg' : 'is leeg'),
			notDateTime: (plural: boolean) => (plural ? 'zijn geen geldige datum en tijd' : 'is geen geldige datum en tijd'),
			notDate: (plural: boolean) => (plural ? 'zijn geen geldige datum (jaar-maand-dag)' : 'is geen geldige datum (jaar-maand-dag)'),
			outOfRange: (plural: boolean, from: string, to: string) => `${plural ? 'vallen' : 'valt'} buiten ${from}–${to}`,
			unknown: (plural: boolean) => (plural ? 'zijn onbekend' : 'is onbekend'),
			unknownPhase: (plural: boolean) => `${plural ? 'zijn' : 'is'} onbekend (kies orienterend, eerste of structureel)`,
			unknownHorizon: (plural: boolean) => `${plural ? 'zijn' : 'is'} onbekend (kies 0-3, 3-12 of later)`,
			unknownStatus: (plural: boolean) => `${plural ? 'zijn' : 'is'} onbekend (kies open, bezig of klaar)`,
			duplicateActions: (plural: boolean) => `${plural ? 'hebben' : 'heeft'} twee acties met dezelfde id`,
			notBoolean: (plural: boolean) => (plural ? 'zijn geen ja of nee' : 'is geen ja of nee')
		},
		fields: {
			id: 'id',
			schemaVersion: 'versienummer',
			checklistId: 'vragenlijst',
			checklistVersion: 'versie van de vragenlijst',
			mode: 'soort scan',
			profile: 'profiel',
			organisation: 'organisatie',
			filledInBy: 'ingevuld door',
			role: 'rol',
			phase: 'fase',
			focusAreas: 'aandachtsgebieden',
			answers: 'antwoorden',
			setAside: 'antwoorden uit een eerdere versie',
			plan: 'actieplan',
			actions: 'acties',
			createdAt: 'aanmaakdatum',
			updatedAt: 'datum van de laatste wijziging',
			sourceActionId: 'bron van de actie',
			themeId: 'thema',
			questionId: 'vraag',
			title: 'titel',
			why: 'waarom',
			firstStep: 'eerste stap',
			owner: 'eigenaar',
			deadline: 'deadline',
			horizon: 'termijn',
			status: 'status',
			priority: 'prioriteit',
			value: 'gekozen antwoord',
			note: 'toelichting',
			fromVersion: 'versie',
			questionText: 'tekst van de vraag',
			answerLabel: 'tekst van het antwoord',
			demo: 'voorbeeld',
			unknown: 'onbekend veld'
		},
		/** One item of a list: "actie 3". */
		items: {
			actions: (n: number) => `actie ${n}`,
			focusAreas: (n: number) => `aandachtsgebied ${n}`,
			other: (n: number) => `onderdeel ${n}`
		},
		/** One entry of a record keyed by question id. */
		entries: {
			answers: (id: string) => `antwoord op vraag ${id}`,
			setAside: (id: string) => `apart bewaard antwoord ${id}`
		}
	},
	receive: {
		title: 'Scan uit een link',
		reading: 'De link wordt gelezen…',
		intro: 'Deze link bevat een scan. Bekijk wat erin staat en kies of u de scan wilt toevoegen.',
		organisation: 'Organisatie',
		filledInBy: 'Ingevuld door',
		mode: 'Soort scan',
		checklistVersion: 'Versie van de vragenlijst',
		answers: 'Beantwoorde vragen',
		answersValue: (answered: number, total: number) => `${answered} van ${total}`,
		planActions: 'Acties in het actieplan',
		noPlan: 'Nog geen actieplan',
		createdAt: 'Scan gemaakt op',
		updatedAt: 'Laatst gewijzigd op',
		sharedAt: 'Link gemaakt op',
		unnamed: '(geen naam)',
		warningsTitle: 'Let op',
		question: 'Wilt u deze scan toevoegen?',
		questionHint: 'Uw eigen scans blijven zoals ze zijn. Bestaat deze scan al op dit apparaat? Dan komt er een kopie naast.',
		add: 'Toevoegen als nieuwe scan',
		decline: 'Niet toevoegen',
		adding: 'De scan wordt toegevoegd…',
		added: (name: string) => `De scan ‘${name}’ is toegevoegd.`,
		openScan: 'Open de scan',
		declined: 'De scan is niet toegevoegd. Er is niets veranderd.',
		refusedTitle: 'Deze link kan niet worden gebruikt',
		refusedText:
			'Er is niets toegevoegd of veranderd. Vraag de afzender om de link opnieuw te sturen, of om een reservekopie als bestand.',
		empty: 'Er is geen scan om te tonen. Open de link opnieuw vanuit het bericht waarin u hem kreeg.',
		addFailed: 'Het toevoegen is niet gelukt.',
		toHome: 'Naar Mijn scans'
	},
	data: {
		title: 'Uw gegevens',
		footerLink: 'Uw gegevens',
		homeLink: 'Bekijk waar uw gegevens staan en hoe u ze verwijdert',
		whereHeading: 'Waar staan uw gegevens?',
		where:
			'Alles wat u invult, staat alleen in deze browser op dit apparaat. De browser bewaart het in een eigen database (IndexedDB). Er gaat niets naar een server. Een andere browser of een ander apparaat ziet uw scans niet.',
		scans: (n: number) => (n === 0 ? 'Er staan geen scans op dit apparaat.' : n === 1 ? 'Er staat 1 scan op dit apparaat.' : `Er staan ${n} scans op dit apparaat.`),
		usageHeading: 'Hoeveel ruimte gebruikt Kwartiermaker?',
		usage: (used: string) => `Kwartiermaker gebruikt nu ongeveer ${used} in deze browser. Dat is inclusief de app zelf, zodat die ook zonder internet werkt.`,
		quota: (quota: string) => `De browser geeft Kwartiermaker maximaal ${quota}.`,
		usageUnknown: 'Deze browser vertelt niet hoeveel ruimte Kwartiermaker gebruikt.',
		loading: 'Bezig met ophalen…',
		persistHeading: 'Blijven uw gegevens bewaard?',
		persisted: 'Ja. De browser heeft beloofd uw gegevens te bewaren, ook als de schijf bijna vol is. Als u zelf uw browsergegevens wist, zijn ze wel weg.',
		notPersisted:
			'Niet gegarandeerd. De browser mag uw gegevens wissen als de schijf bijna vol is. Download daarom regelmatig een reservekopie.',
		persistUnknown: 'Deze browser vertelt niet of hij uw gegevens altijd bewaart. Download daarom regelmatig een reservekopie.',
		persistButton: 'Vraag de browser om uw gegevens te bewaren',
		persistRefused: 'De browser heeft dit (nog) niet toegestaan. Browsers staan het vaak pas toe als u de app vaker gebruikt.',
		backupHeading: 'Reservekopie',
		lastBackup: (date: string) => `Uw laatste reservekopie is van ${date}.`,
		noBackup: 'U heeft in deze browser nog geen reservekopie gedownload.',
		changesSince: (n: number) => (n === 1 ? 'Sindsdien is er 1 wijziging opgeslagen.' : `Sindsdien zijn er ${n} wijzigingen opgeslagen.`),
		backupHow: 'Een reservekopie downloadt u per scan: open de scan en kies onderaan ‘Reservekopie downloaden’.',
		reminderTitle: 'Tijd voor een reservekopie',
		reminderChanges: (n: number) =>
			`Sinds uw laatste reservekopie zijn er ${n} wijzigingen opgeslagen. Download een nieuwe reservekopie, zodat u niets kwijtraakt als de browser uw gegevens wist.`,
		reminderDays: (days: number) =>
			`Uw laatste reservekopie is ${days} dagen oud en er is sindsdien iets veranderd. Download een nieuwe reservekopie, zodat u niets kwijtraakt als de browser uw gegevens wist.`,
		reminderNever: (days: number) =>
			`U werkt al ${days} dagen zonder reservekopie. Download een reservekopie, zodat u niets kwijtraakt als de browser uw gegevens wist.`,
		reminderLink: 'Meer over uw gegevens en reservekopieën',
		deleteHeading: 'Alles verwijderen',
		deleteText:
			'Verwijder alle scans, antwoorden en actieplannen uit deze browser, ook de voorbeeldscan en wat de app verder onthoudt. Download eerst een reservekopie als u iets wilt bewaren.',
		deleteButton: 'Alles verwijderen',
		confirmTitle: 'Weet u zeker dat u alles wilt verwijderen?',
		confirmText: (n: number) =>
			`${n === 1 ? 'De scan op dit apparaat wordt' : n === 0 ? 'Alle gegevens van Kwartiermaker worden' : `Alle ${n} scans op dit apparaat worden`} verwijderd, met de antwoorden en actieplannen. Dit kunt u niet ongedaan maken.`,
		confirmButton: 'Ja, verwijder alles',
		deleting: 'Bezig met verwijderen…',
		deleted: 'Alle gegevens van Kwartiermaker zijn uit deze browser verwijderd.',
		deleteFailed: 'Het verwijderen is niet gelukt.'
	},
	/**
	 * The PDF report (and the Word document, which renders the same model). Only words the screen does not have
	 * live here: risk levels, statuses, priorities, horizons, field labels and the results texts come from the
	 * screen's own keys above (see reportLabels in src/lib/report/report-model.ts), one label per concept.
	 */
	report: {
		title: 'Actieplan ervaringswerk',
		/** Document property "subject"; a constant, so no user text ends up in the metadata. */
		subject: 'Resultaten van de zelfscan en actieplan voor het werken met ervaringswerkers',
		coverLead: 'Resultaten van de zelfscan en het actieplan voor het werken met ervaringswerkers.',
		coverPrivacy:
			'Dit rapport is gemaakt met Kwartiermaker. De antwoorden zijn alleen opgeslagen in de browser waarin de scan is ingevuld; er is niets naar een server gestuurd.',
		coverFields: {
			date: 'Datum',
			filledInBy: 'Ingevuld door',
			role: 'Functie of rol',
			scanType: 'Soort scan',
			phase: 'Fase',
			focusAreas: 'Werkvelden',
			version: 'Versie vragenlijst'
		},
		versionMismatch: (scanVersion: string, current: string) => `${scanVersion} (rapport gemaakt met versie ${current})`,
		summaryHeading: 'Samenvatting',
		levelCaption: 'Uw niveau',
		noLevel: 'Nog geen niveau',
		noLevelDescription: 'Er zijn nog geen vragen beantwoord waarop een niveau kan worden bepaald.',
		complete: (total: number) => `Alle ${total} vragen zijn beantwoord.`,
		themeScoresNote:
			'Percentage van de hoogst mogelijke score. ‘Weet ik niet’ telt als het laagste antwoord, ‘Niet van toepassing’ telt niet mee. ‘Onzeker’: bij veel vragen is het antwoord niet bekend.',
		risksNone: 'Bij de beantwoorde vragen zijn geen risico’s gesignaleerd.',
		capsHeading: 'Wat uw niveau begrenst',
		capNote: 'Uw score is hoger dan dit niveau, maar er ontbreekt nog iets. Zie ‘Wat uw niveau begrenst’.',
		capLine: (levelLabel: string, reason: string) => `Hoogstens ‘${levelLabel}’: ${reason}`,
		gaps: (count: number) =>
			count === 1
				? 'Bij 1 vraag is ‘Weet ik niet’ geantwoord. Zoek dit uit: het antwoord kan uw niveau veranderen.'
				: `Bij ${count} vragen is ‘Weet ik niet’ geantwoord. Zoek dit uit: de antwoorden kunnen uw niveau veranderen.`,
		planHeading: 'Actieplan',
		planIntro: (count: number) =>
			count === 1 ? '1 actie, in volgorde van prioriteit.' : `${count} acties, in volgorde van prioriteit.`,
		planEmpty: 'Er staan nog geen acties in het actieplan.',
		/** Column heading of the action numbers in the plan table. */
		numberColumn: '#',
		/** Column heading of the priority (Valkuil, Voorwaarde, Verbeterpunt, Eigen actie). */
		priorityColumn: 'Soort',
		planDetailsHeading: 'De acties uitgewerkt',
		/** Said when an action has no "waarom" or first step filled in, so the reader knows nothing is missing by mistake. */
		noDetails: 'Geen uitleg of eerste stap ingevuld.',
		noValue: '–',
		answersHeading: 'Antwoorden per thema',
		/** 'Score: 62%', 'Score: 62% (onzeker)' or 'Score: Nog geen score'; the words come from the results screen. */
		themeScore: (score: string) => `Score: ${score}`,
		themeRisks: (count: number) =>
			count === 0 ? 'Geen risico’s gesignaleerd' : count === 1 ? '1 risico gesignaleerd' : `${count} risico’s gesignaleerd`,
		sourcesHeading: 'Bronnen',
		sourcesIntro: 'De vragen en acties in dit rapport zijn gebaseerd op deze bronnen.',
		footer: (organisation: string) => `Kwartiermaker – ${organisation}`,
		page: (page: number, total: number) => `Pagina ${page} van ${total}`,
		documentTitle: (organisation: string) => `Actieplan ervaringswerk – ${organisation}`,
		/** Shown when the profile has no organisation name (the app requires one, old data may not). */
		unknownOrganisation: 'Organisatie onbekend',
		/** Start of the PDF's file name, before the organisation and the date. */
		fileNamePrefix: 'kwartiermaken-actieplan'
	},
	/** How the app names its sources (source-list.svelte): "Bron: Movisie (2018), Titel". */
	sources: {
		one: 'Bron',
		many: 'Bronnen',
		/** Read by screen readers after a source link, which opens in a new window. */
		newWindow: '(opent in een nieuw venster)'
	},
	/** The ways out of results and plan (PDF, Word, print) and the Word document's own words. */
	exports: {
		heading: 'Downloaden of afdrukken',
		intro: 'Kies wat u met het rapport wilt doen:',
		pdfWhen: 'PDF: om het rapport te delen zoals het is, bijvoorbeeld per e-mail.',
		wordWhen: 'Word-document: om de tekst aan te passen of over te nemen, bijvoorbeeld in een collegevoorstel.',
		printWhen:
			'Afdrukken: voor op papier. Of kies bij Afdrukken voor ‘Opslaan als pdf’. Dan maakt uw browser een toegankelijke pdf van deze pagina.',
		pdfButton: 'Download als PDF',
		wordButton: 'Download als Word-document',
		printButton: 'Afdrukken',
		wordBusy: 'Het Word-document wordt gemaakt…',
		wordDone: (fileName: string) => `Het Word-document is klaar: ${fileName}`,
		wordError: 'Het maken van het Word-document is niet gelukt. Probeer het opnieuw.',
		/** Words that only the Word document uses; the rest comes from the report section. */
		word: {
			themeColumn: 'Thema',
			scoreColumn: 'Score',
			actionTitle: (number: string, title: string) => `${number}. ${title}`
		}
	},
	/** The caption above a question (GOV.UK caption): where the user is in the scan. */
	question: {
		position: (index: number, total: number) => `Vraag ${index} van ${total}`,
		themePosition: (index: number, total: number) => `Thema ${index} van ${total}`
	},
	/** Browser-tab titles (src/lib/app/page-title.ts), each followed by the organisation and the app name. */
	titles: {
		tasks: 'Overzicht',
		/** A full scan counts questions within a theme, so the title also says which theme. */
		questionInTheme: (question: number, questions: number, theme: number, themes: number) =>
			`Vraag ${question} van ${questions} (thema ${theme} van ${themes})`
	},
	/** Scan herhalen (repeat a scan) and Voortgang (progress between two scans), on screen and in the PDF. */
	progress: {
		linksHeading: 'Na een tijd opnieuw kijken',
		linksText: 'Doe de scan na een tijd opnieuw, bijvoorbeeld na een jaar. Dan ziet u wat er veranderd is.',
		repeatLink: 'Scan herhalen',
		progressLink: 'Voortgang bekijken',
		repeatOfNote: 'Deze scan is een herhaling van een eerdere scan. Bij Voortgang ziet u wat er veranderd is.',
		copiedNote: (count: number) =>
			count === 1
				? '1 antwoord komt nog uit de vorige scan. Kijk het na: klopt het nog? Bevestig het of kies een ander antwoord.'
				: `${count} antwoorden komen nog uit de vorige scan. Kijk ze na: klopt het nog? Bevestig het of kies een ander antwoord.`,
		copiedTag: 'Uit de vorige scan',
		copiedAnswer: 'Dit antwoord komt uit de vorige scan. Klopt het nog? Bevestig het, of kies een ander antwoord.',
		confirmCopied: 'Dit klopt nog',
		confirmedCopied: 'U heeft het antwoord bevestigd.',
		repeat: {
			title: 'Scan herhalen',
			intro: (organisation: string) =>
				`U start een nieuwe scan voor ${organisation}. De gegevens over uw organisatie nemen we over. De vorige scan blijft zoals hij is.`,
			earlier: (date: string, answered: number, total: number) =>
				`De vorige scan is van ${date}. Daarin zijn ${answered} van de ${total} vragen beantwoord.`,
			startLegend: 'Hoe wilt u beginnen?',
			startEmpty: 'Leeg beginnen',
			startEmptyHint: 'U beantwoordt alle vragen opnieuw.',
			startCopy: 'Beginnen met de antwoorden van de vorige scan',
			startCopyHint: 'U kijkt elk antwoord na. Klopt het niet meer? Dan past u het aan.',
			startRequired: 'Kies hoe u de nieuwe scan wilt beginnen.',
			submit: 'Nieuwe scan starten',
			busy: 'De nieuwe scan wordt gemaakt…',
			failed: 'De nieuwe scan kon niet worden gemaakt. Probeer het opnieuw.',
			notPossible: 'Deze scan kunt u niet herhalen. Een voorbeeldscan of uw eigen antwoorden in een werksessie herhaalt u niet.'
		},
		title: 'Voortgang',
		intro: 'Hier ziet u wat er veranderd is sinds een eerdere scan: de scores, de antwoorden, de risico’s en de acties.',
		chooseLabel: 'Vergelijk met',
		chooseHint: 'De scan waar deze scan een herhaling van is, staat al gekozen. U kunt ook een andere scan kiezen.',
		chooseHintFree: 'Kies de eerdere scan waarmee u wilt vergelijken.',
		chooseOption: (organisation: string, date: string) => `${organisation}, laatst gewijzigd op ${date}`,
		chooseButton: 'Vergelijken',
		loadingScans: 'De scans worden geladen…',
		noEarlier: 'Er staat geen andere scan op dit apparaat om mee te vergelijken. Herhaal de scan later, of zet een reservekopie van de vorige scan terug.',
		earlierMissing: 'De vorige scan staat niet meer op dit apparaat. Kies een andere scan, of zet een reservekopie van de vorige scan terug.',
		chooseRequired: 'Kies een scan om mee te vergelijken.',
		loadFailed: 'De scan kon niet worden geladen. Probeer het opnieuw.',
		refused: {
			'same-scan': 'U kunt een scan niet met zichzelf vergelijken. Kies een andere scan.',
			'other-checklist': 'Deze scan hoort bij een andere vragenlijst. Die kunt u niet vergelijken.',
			'newer-version': 'Deze scan is gemaakt met een nieuwere versie van de vragen. Werk de app bij en probeer het opnieuw.'
		},
		otherOrganisation: (organisation: string) =>
			`Let op: de scan waarmee u vergelijkt is van een andere organisatie (${organisation}).`,
		comparedWith: (organisation: string, date: string) => `Vergeleken met de scan van ${organisation} van ${date}.`,
		provisionalNote: 'Niet alle vragen zijn beantwoord. De vergelijking gaat over wat er is ingevuld.',
		levelHeading: 'Niveau',
		level: (then: string, now: string) => `Toen: ${then}. Nu: ${now}.`,
		noLevel: 'nog geen niveau',
		themesHeading: 'Score per thema',
		themesCaption: 'Score en niveau per thema, toen en nu',
		columns: { theme: 'Thema', then: 'Toen', now: 'Nu', change: 'Verschil' },
		scoreLevel: (percent: string, level: string) => `${percent} (${level})`,
		levelScore: (level: string, percent: string) => `${level} (${percent})`,
		notAsked: 'Niet gevraagd',
		noScore: 'Geen score',
		change: (points: number) =>
			points === 0 ? 'Gelijk' : points > 0 ? `${points} procentpunt hoger` : `${-points} procentpunt lager`,
		answersHeading: 'Antwoorden die veranderd zijn',
		answersCaption: 'Veranderde antwoorden, toen en nu',
		answerColumns: { question: 'Vraag', then: 'Toen', now: 'Nu' },
		answersNone: 'Er zijn geen antwoorden veranderd.',
		notAnswered: 'Niet beantwoord',
		openNow: (count: number) =>
			count === 1
				? '1 vraag die toen beantwoord was, is nu nog open.'
				: `${count} vragen die toen beantwoord waren, zijn nu nog open.`,
		risksHeading: 'Risico’s',
		risksAppeared: 'Nieuwe risico’s',
		risksGone: 'Risico’s die weg zijn',
		risksNoneAppeared: 'Er zijn geen nieuwe risico’s.',
		risksNoneGone: 'Er zijn geen risico’s weggegaan.',
		risk: (severity: string, question: string, answer: string) => `${severity}: ${question} (antwoord: ${answer})`,
		actionsHeading: 'Acties uit het vorige actieplan',
		actionsCaption: 'Acties uit het vorige actieplan, met hun status',
		actionColumns: { action: 'Actie', owner: 'Eigenaar', then: 'Status toen', now: 'Nu in het plan' },
		actionsNone: 'De vorige scan had geen acties in het actieplan.',
		notInPlan: 'Niet in het plan',
		unmatchedHeading: 'Vragen die niet meer bestaan',
		unmatchedIntro: 'Deze antwoorden uit de vorige scan horen bij vragen die zijn veranderd of weg zijn. Ze tellen niet mee in de vergelijking.',
		unmatched: (question: string, answer: string) => `${question}: ${answer}`,
		unknownQuestion: (id: string) => `Vraag ${id}`,
		pdfHeading: 'Voortgang sinds de vorige scan',
		backToResults: 'Naar de resultaten'
	}
} as const;
