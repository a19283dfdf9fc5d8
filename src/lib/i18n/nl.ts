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
		delegatedPart: 'thema’s die een collega u vroeg te beantwoorden',
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
	}
} as const;
