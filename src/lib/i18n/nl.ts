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
		action: (title: string) => `actie: ${title}`,
		questionOf: (index: number, total: number) => `· vraag ${index} van ${total}`
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
		removed: (title: string) => `‘${title}’ is uit het plan gehaald.`,
		errors: {
			titleMissing: 'Vul een titel in.',
			tooLong: {
				title: (max: number, now: number) => `De titel is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				why: (max: number, now: number) => `De uitleg bij "waarom" is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				firstStep: (max: number, now: number) => `De eerste stap is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`,
				owner: (max: number, now: number) => `De naam van de eigenaar is te lang. Gebruik maximaal ${max} tekens (nu ${now}).`
			},
			notText: {
				why: 'De uitleg bij "waarom" moet tekst zijn.',
				firstStep: 'De eerste stap moet tekst zijn.',
				owner: 'De naam van de eigenaar moet tekst zijn.'
			},
			deadlineFormat: 'Vul de deadline in als jaar-maand-dag, bijvoorbeeld 2026-03-31.',
			deadlineDay: 'Deze datum bestaat niet. Kies een echte datum, bijvoorbeeld 2026-03-31.',
			deadlineRange: (min: string, max: string) => `Kies een jaar tussen ${min} en ${max}.`,
			horizon: 'Kies een termijn: 0-3 maanden, 3-12 maanden of later.',
			status: 'Kies een status: open, bezig of klaar.',
			planFull: (n: number) => `Het actieplan heeft al ${n} acties. Haal eerst een actie weg.`
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
	/** The PDF report. Risk levels, action statuses, horizons and scan types come from the screen's keys above. */
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
		overall: (percent: string) => `Gemiddelde score over de thema’s: ${percent}`,
		overallWeighted: (percent: string) =>
			`Gemiddelde score over de thema’s: ${percent} (thema’s met meer gewicht tellen zwaarder mee)`,
		uncertain: (percent: string) =>
			`Onzeker: bij ${percent} van de antwoorden is ‘Weet ik niet’ gekozen. Dat telt als het laagste antwoord. Zoek die antwoorden uit, dan klopt het beeld beter.`,
		provisional: (answered: number, total: number) =>
			`Voorlopig resultaat: ${answered} van de ${total} vragen zijn beantwoord.`,
		complete: (total: number) => `Alle ${total} vragen zijn beantwoord.`,
		themeScoresHeading: 'Score per thema',
		themeScoresNote:
			'Percentage van de hoogst mogelijke score. ‘Weet ik niet’ telt als het laagste antwoord, ‘Niet van toepassing’ telt niet mee. ‘Onzeker’: bij veel vragen is het antwoord niet bekend.',
		/** The line under a bar when some answers are "Weet ik niet". */
		barNote: (unknown: number, counted: number, uncertain: boolean) =>
			`Weet ik niet: ${unknown} van ${counted}${uncertain ? ' – onzeker' : ''}`,
		noScore: 'nog geen antwoord',
		risksHeading: 'Risico’s',
		risksNone: 'Bij de beantwoorde vragen zijn geen risico’s gesignaleerd.',
		riskAnswer: (label: string) => `Antwoord: ${label}`,
		capsHeading: 'Wat uw niveau begrenst',
		capNote: 'Uw score is hoger dan dit niveau, maar er ontbreekt nog iets. Zie ‘Wat uw niveau begrenst’.',
		capLine: (levelLabel: string, reason: string) => `Hoogstens ‘${levelLabel}’: ${reason}`,
		gapsHeading: 'Weet ik niet',
		gaps: (count: number) =>
			count === 1
				? 'Bij 1 vraag is ‘Weet ik niet’ geantwoord. Zoek dit uit: het antwoord kan uw niveau veranderen.'
				: `Bij ${count} vragen is ‘Weet ik niet’ geantwoord. Zoek dit uit: de antwoorden kunnen uw niveau veranderen.`,
		planHeading: 'Actieplan',
		planIntro: (count: number) =>
			count === 1 ? '1 actie, in volgorde van prioriteit.' : `${count} acties, in volgorde van prioriteit.`,
		planEmpty: 'Er staan nog geen acties in het actieplan.',
		planColumns: {
			number: '#',
			title: 'Actie',
			owner: 'Eigenaar',
			deadline: 'Deadline',
			horizon: 'Termijn',
			status: 'Status'
		},
		planDetailsHeading: 'De acties uitgewerkt',
		why: 'Waarom',
		firstStep: 'Eerste stap',
		noValue: '–',
		answersHeading: 'Antwoorden per thema',
		answerCaption: 'Antwoord',
		noteCaption: 'Toelichting',
		notAnswered: 'Niet beantwoord',
		themeScore: (percent: string | null, uncertain: boolean) =>
			percent === null ? 'Score: nog geen antwoord' : `Score: ${percent}${uncertain ? ' (onzeker)' : ''}`,
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
	/** Werksessie (workshop): words every workshop screen shares. Screens add sections of their own below. */
	workshop: {
		title: 'Werksessie',
		/** The roles participants choose from (ROLE_IDS). */
		roles: {
			beleid: 'Beleid',
			management: 'Management',
			ervaringswerker: 'Ervaringswerker of ervaringsdeskundige',
			uitvoering: 'Uitvoering',
			bestuur: 'Bestuur',
			anders: 'Anders'
		},
		/** How answers reached the facilitator (ANSWER_SOURCES), and counted hands. */
		sources: { qr: 'QR-code', file: 'Bestand', link: 'Link', hands: 'Handen geteld' },
		/** The facilitator's screens (WORKSHOP_PAGES). */
		pages: {
			overview: 'Overzicht',
			collect: 'Antwoorden verzamelen',
			hands: 'Handen tellen',
			discuss: 'Bespreken',
			project: 'Projectie',
			consensus: 'Samen vaststellen'
		},
		notFound: 'Deze werksessie staat niet (meer) op dit apparaat.'
	},
	/** Werksessie logic (src/lib/workshop/): reading handed-in answers and invitations, adding them, counted hands. */
	workshopDomain: {
		/** Reading a participant's handed-in answers (file, link or QR code). */
		answers: {
			tooLarge: (bytes: number) => `Deze antwoorden zijn te groot (meer dan ${formatFileSize(bytes, 'nl')}).`,
			empty: 'Er staan geen antwoorden in.',
			notJson: 'Deze antwoorden zijn beschadigd: het is geen geldige JSON.',
			forbiddenKey: (key: string) => `Deze antwoorden zijn niet ingelezen, omdat ze een onveilige veldnaam bevatten ("${key}").`,
			tooDeep: 'Deze antwoorden zijn beschadigd: de gegevens zijn te diep genest.',
			tooManyValues: 'Deze antwoorden zijn te groot: ze bevatten te veel gegevens.',
			otherFormat: 'Dit is een uitnodiging voor een werksessie, geen antwoorden. Deelnemers openen de uitnodiging op hun eigen apparaat.',
			notOurs: 'Dit zijn geen antwoorden uit Kwartiermaker.',
			newer: 'Deze antwoorden zijn gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.',
			invalid: (field: string) => `Deze antwoorden kloppen niet: ${field} klopt niet. Vraag de deelnemer om opnieuw in te leveren.`,
			unexpected: 'Deze antwoorden konden niet worden gelezen. Probeer het opnieuw.'
		},
		/** Reading the invitation in a join link. */
		invite: {
			tooLarge: (bytes: number) => `Deze uitnodiging is te groot (meer dan ${formatFileSize(bytes, 'nl')}).`,
			empty: 'Er staat geen uitnodiging in de link.',
			notJson: 'Deze uitnodiging is beschadigd: het is geen geldige JSON.',
			forbiddenKey: (key: string) => `Deze uitnodiging is niet geopend, omdat ze een onveilige veldnaam bevat ("${key}").`,
			tooDeep: 'Deze uitnodiging is beschadigd: de gegevens zijn te diep genest.',
			tooManyValues: 'Deze uitnodiging is te groot: ze bevat te veel gegevens.',
			otherFormat: 'Dit zijn antwoorden van een deelnemer, geen uitnodiging. Geef ze aan de begeleider van de werksessie.',
			notOurs: 'Dit is geen uitnodiging voor een werksessie van Kwartiermaker.',
			newer: 'Deze uitnodiging is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en open de link opnieuw.',
			invalid: (field: string) => `Deze uitnodiging klopt niet: ${field} klopt niet. Vraag de begeleider om een nieuwe link.`,
			unexpected: 'Deze uitnodiging kon niet worden geopend. Probeer het opnieuw.'
		},
		/** The field a message names. */
		fields: {
			version: 'het versienummer',
			workshopId: 'de code van de werksessie',
			participantId: 'de code van de deelnemer',
			role: 'de rol',
			name: 'de naam',
			checklistId: 'de vragenlijst',
			checklistVersion: 'de versie van de vragenlijst',
			answers: 'de lijst met antwoorden',
			handedInAt: 'het moment van inleveren',
			settings: 'de instellingen',
			organisation: 'de organisatie',
			date: 'de datum',
			phase: 'de fase',
			scope: 'de keuze van de vragen',
			themes: 'de thema’s',
			roles: 'de rollen',
			names: 'de keuze voor namen',
			value: 'een antwoord',
			note: 'een toelichting',
			unknown: 'een onderdeel',
			answer: (questionId: string) => `het antwoord op vraag ${questionId}`
		},
		/** What adding handed-in answers did (participants.ts `outcome`). */
		outcomes: {
			added: 'De antwoorden zijn toegevoegd.',
			replaced: 'Deze deelnemer had al ingeleverd. De nieuwere antwoorden vervangen de oude.',
			keptNewer: 'Deze antwoorden waren er al (of er zijn nieuwere van dezelfde deelnemer). Er is niets veranderd.',
			otherWorkshop: 'Deze antwoorden horen bij een andere werksessie. Ze zijn niet toegevoegd.',
			otherChecklist: 'Deze antwoorden horen bij een andere vragenlijst. Ze zijn niet toegevoegd.',
			tooMany: (max: number) => `Er zijn al ${formatNumber(max, 'nl')} deelnemers. Meer antwoorden passen niet in één werksessie.`
		},
		/** Notices about answers that were added, but not all of them. */
		warnings: {
			olderChecklist: (version: string, appVersion: string) =>
				`Deze deelnemer gebruikte versie ${version} van de vragenlijst. De antwoorden zijn omgezet naar versie ${appVersion}.`,
			newerChecklist: (version: string, appVersion: string) =>
				`Deze antwoorden zijn gegeven met versie ${version} van de vragenlijst. Deze app heeft versie ${appVersion}. Werk de app bij en voeg ze opnieuw toe.`,
			notMigrated: (count: number) =>
				count === 1
					? '1 antwoord past niet bij deze versie van de vragenlijst. Het telt niet mee.'
					: `${formatNumber(count, 'nl')} antwoorden passen niet bij deze versie van de vragenlijst. Ze tellen niet mee.`,
			unknownQuestions: (count: number) =>
				count === 1
					? '1 antwoord hoort bij een vraag die deze vragenlijst niet kent. Het telt niet mee.'
					: `${formatNumber(count, 'nl')} antwoorden horen bij vragen die deze vragenlijst niet kent. Ze tellen niet mee.`,
			invalidValues: (count: number) =>
				count === 1
					? '1 antwoord is geen geldige keuze bij de vraag. Het telt niet mee.'
					: `${formatNumber(count, 'nl')} antwoorden zijn geen geldige keuze bij de vraag. Ze tellen niet mee.`,
			outsideSession: (count: number) =>
				count === 1
					? '1 antwoord hoort bij een vraag die deze werksessie niet stelt. Het telt niet mee.'
					: `${formatNumber(count, 'nl')} antwoorden horen bij vragen die deze werksessie niet stelt. Ze tellen niet mee.`,
			otherRole: 'De rol van deze deelnemer staat niet bij de rollen van de werksessie. De antwoorden tellen wel mee.'
		},
		/** Checks of a show of hands against the number present (hands.ts). */
		hands: {
			totalTooHigh: (total: number, present: number) =>
				`Er zijn ${formatNumber(total, 'nl')} handen geteld, maar er zijn maar ${formatNumber(present, 'nl')} mensen aanwezig.`,
			roleTooHigh: (role: string, total: number, present: number) =>
				`${role}: er zijn ${formatNumber(total, 'nl')} handen geteld, maar er zijn maar ${formatNumber(present, 'nl')} mensen aanwezig.`,
			unknownRole: (role: string) => `${role} staat niet bij de rollen van deze werksessie.`,
		}
	},
	/** Filled by the workshopStorage part of the werksessie work. */
	workshopStorage: {
		/** Uw gegevens: how many werksessies this browser holds. */
		count: (n: number) =>
			n === 0 ? 'Er staan geen werksessies op dit apparaat.' : n === 1 ? 'Er staat 1 werksessie op dit apparaat.' : `Er staan ${formatNumber(n, 'nl')} werksessies op dit apparaat.`,
		/** In the "Alles verwijderen" confirmation, when there are werksessies. */
		deleteToo: (n: number) =>
			n === 1
				? 'Ook de werksessie op dit apparaat wordt verwijderd, met de antwoorden van de deelnemers.'
				: `Ook de ${formatNumber(n, 'nl')} werksessies op dit apparaat worden verwijderd, met de antwoorden van de deelnemers.`,
		/** After restoring a backup with werksessies: how many were added, and how many were already here (kept as they are). */
		restored: (added: number, existing: number) =>
			[
				added === 0 ? '' : added === 1 ? 'De werksessie is teruggezet.' : `${formatNumber(added, 'nl')} werksessies zijn teruggezet.`,
				existing === 0
					? ''
					: existing === 1
						? 'De werksessie in de reservekopie stond al op dit apparaat. Die is niet veranderd.'
						: `${formatNumber(existing, 'nl')} werksessies in de reservekopie stonden al op dit apparaat. Die zijn niet veranderd.`
			]
				.filter(Boolean)
				.join(' '),
		/** Messages of the backup reader about werksessies in a file. */
		backup: {
			/** How a message names a werksessie whose organisation can be read. */
			named: (organisation: string) => `De werksessie van ${organisation}`,
			single: 'De werksessie',
			numbered: (n: number) => `Werksessie ${n}`,
			newer: (workshop: string) =>
				`${workshop} in de reservekopie is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en probeer het opnieuw.`,
			otherChecklist: (workshop: string) =>
				`${workshop} in de reservekopie hoort bij een andere vragenlijst. Deze app kan die werksessie niet inlezen.`,
			newerChecklist: (workshop: string, version: string, appVersion: string) =>
				`${workshop} in de reservekopie is gemaakt met versie ${version} van de vragenlijst. Deze app heeft versie ${appVersion}. Werk de app bij en probeer het opnieuw.`,
			/** `problem` is what is wrong, e.g. "organisatie is te lang …". */
			invalid: (workshop: string, problem: string) => `${workshop} in de reservekopie klopt niet: ${problem}.`,
			notWorkshop: 'het is geen werksessie',
			noList: 'Dit bestand is beschadigd: de lijst met werksessies klopt niet.',
			tooMany: (max: number) => `De reservekopie bevat te veel werksessies (meer dan ${formatNumber(max, 'nl')}).`
		}
	},
	/** QR codes on screen and the camera that reads them (components qr-code and qr-reader), and the links. */
	workshopQr: {
		/** Problems with a code that was read in full. */
		frames: {
			damaged: 'Deze QR-code is beschadigd of niet volledig gelezen. Probeer het nog eens.',
			tooLarge: 'Deze QR-code bevat te veel gegevens voor antwoorden van één deelnemer.',
			otherCode: 'Dit is een andere QR-code. Laat eerst alle codes van de vorige deelnemer lezen, of begin opnieuw.'
		},
		/** Showing a code (one, or several in turn). */
		code: {
			making: 'De QR-code wordt gemaakt…',
			frameOf: (index: number, total: number) => `Code ${index} van ${total}`,
			severalHint: 'De codes wisselen vanzelf. Houd het scherm stil voor de camera tot alle codes zijn gelezen.',
			previous: 'Vorige code',
			next: 'Volgende code',
			pause: 'Stoppen met wisselen',
			play: 'Weer wisselen',
			tooLarge: 'Dit past niet in QR-codes. Gebruik het bestand of de link.',
			failed: 'De QR-code kon niet worden gemaakt. Gebruik het bestand of de link.'
		},
		/** Reading codes with the camera or from a photo. */
		reader: {
			start: 'Camera starten',
			stop: 'Camera stoppen',
			video: 'Camerabeeld',
			idle: 'De camera gaat pas aan als u op "Camera starten" klikt. Het beeld blijft op dit apparaat.',
			starting: 'De camera start…',
			scanning: 'Houd de QR-code van de deelnemer voor de camera.',
			denied: 'De camera mag niet worden gebruikt. U hebt geen toestemming gegeven, of de camera is geblokkeerd.',
			unavailable: 'Er is op dit apparaat geen camera gevonden.',
			error: 'De camera werkt niet. Misschien gebruikt een ander programma hem.',
			fallback: 'U kunt ook een foto van de QR-code maken en die foto hieronder kiezen. Of vraag de deelnemer om de link en plak die.',
			progress: (received: number, total: number) => `Code ${received} van ${total} gelezen. Houd het scherm voor de camera.`,
			read: 'QR-code gelezen.',
			again: 'Opnieuw beginnen',
			photo: 'Foto van een QR-code kiezen',
			photoHint: 'Een foto of schermafbeelding waarop de QR-code goed te zien is.',
			photoReading: 'De foto wordt gelezen…',
			photoNone: 'Op deze foto is geen QR-code gevonden. Maak de foto van dichterbij, recht van voren en scherp.',
			photoUnreadable: 'Deze foto kon niet worden geopend.'
		},
		/** Problems with a join link or an answers link. */
		links: {
			notLink: 'Dit is geen link met antwoorden of een uitnodiging van Kwartiermaker.',
			newer: 'Deze link is gemaakt met een nieuwere versie van Kwartiermaker. Werk de app bij en open de link opnieuw.',
			damaged: 'Deze link is beschadigd of niet volledig gekopieerd. Vraag om een nieuwe link.',
			tooLarge: 'Deze link bevat te veel gegevens.',
			unsupported: 'Deze browser kan de link niet uitpakken. Gebruik een recente versie van Edge, Chrome, Firefox of Safari.'
		}
	},
	/** The facilitator's screen for collecting answers, and the page of an opened answers link. */
	workshopCollect: {
		intro: 'Voeg de antwoorden van de deelnemers toe: met de camera, als bestand of als link. Dubbele antwoorden van dezelfde deelnemer worden herkend: de nieuwste telt.',
		loading: 'De werksessie wordt geopend…',
		handedIn: (count: number) => (count === 1 ? '1 deelnemer heeft ingeleverd' : `${count} deelnemers hebben ingeleverd`),
		perRole: 'Ingeleverd per rol',
		roleColumn: 'Rol',
		countColumn: 'Aantal',
		qrHeading: 'QR-code lezen',
		filesHeading: 'Bestanden toevoegen',
		filesLabel: 'Kies een of meer bestanden met antwoorden',
		filesHint: 'U kunt meerdere bestanden tegelijk kiezen, of ze naar dit vak slepen.',
		dropHere: 'Sleep bestanden hierheen',
		linksHeading: 'Links plakken',
		linksLabel: 'Links met antwoorden',
		linksHint: 'Plak een of meer links. Zet elke link op een eigen regel.',
		linksAdd: 'Links toevoegen',
		linksEmpty: 'Plak eerst een link met antwoorden.',
		itemsHeading: 'Wat u hebt toegevoegd',
		itemQr: 'QR-code',
		itemLink: (index: number) => `Link ${index}`,
		working: 'Bezig…',
		who: (role: string, name: string) => (name ? `${name} (${role})` : role),
		fileTooLarge: 'Dit bestand is te groot voor antwoorden van één deelnemer.',
		fileUnreadable: 'Dit bestand kon niet worden gelezen.',
		saveFailed: 'De antwoorden konden niet worden opgeslagen. Probeer het nog eens.',
		toOverview: 'Terug naar het overzicht',
		/** The page of an answers link opened on the facilitator's device. */
		link: {
			title: 'Antwoorden van een deelnemer',
			reading: 'De link wordt gelezen…',
			empty: 'Er staan geen antwoorden (meer) in deze link. Open de link opnieuw vanuit het bericht van de deelnemer.',
			refusedTitle: 'Deze link kan niet worden gelezen',
			whose: 'Van',
			session: 'Werksessie',
			answers: 'Antwoorden',
			handedInAt: 'Ingeleverd op',
			add: 'Toevoegen aan de werksessie',
			adding: 'Bezig met toevoegen…',
			notOnDevice: 'De werksessie van deze antwoorden staat niet op dit apparaat. Open de link op het apparaat waarop u de werksessie begeleidt.',
			toCollect: 'Naar antwoorden verzamelen',
			toHome: 'Naar de startpagina'
		}
	},
	/** Werksessie: set-up, overview, joining, the participant's scan and handing in (part ws-setup). */
	workshopSetup: {
		/** Home page. */
		home: {
			start: 'Werksessie begeleiden',
			startHint: 'Beantwoord de vragen samen met een groep. Iedereen antwoordt op een eigen telefoon of laptop.',
			title: 'Mijn werksessies',
			none: 'U heeft nog geen werksessies op dit apparaat.',
			date: 'Datum',
			handedIn: 'Ingeleverd',
			status: 'Stand',
			settled: 'Vastgesteld',
			open: 'Nog niet vastgesteld',
			openLink: 'Openen'
		},
		/** How many participants handed in. */
		handedInCount: (count: number) => `${count} ingeleverd`,
		/** The set-up form. */
		form: {
			caption: 'Werksessie begeleiden',
			title: 'Werksessie voorbereiden',
			intro: 'Vul in wat voor werksessie het wordt. Daarna krijgt u een link en een QR-code voor de deelnemers.',
			organisation: 'Naam van de gemeente of organisatie',
			date: 'Datum van de werksessie',
			dateHint: 'Bijvoorbeeld 27 3 2026',
			day: 'Dag',
			month: 'Maand',
			year: 'Jaar',
			phase: 'In welke fase is de organisatie?',
			phaseHint: 'Sommige vragen hangen af van de fase.',
			scope: 'Welke vragen stelt u?',
			scopeQuick: 'De snelle scan',
			scopeQuickHint: (questions: number) => `${questions} vragen, de belangrijkste van elk thema.`,
			scopeFull: 'De volledige scan',
			scopeFullHint: (questions: number) => `${questions} vragen over alle thema’s.`,
			scopeThemes: 'Alleen de thema’s die ik kies',
			scopeThemesHint: 'Alle vragen van die thema’s.',
			themes: 'Welke thema’s?',
			themesHint: 'Kies een of meer thema’s.',
			roles: 'Welke rollen zijn er bij de werksessie?',
			rolesHint: 'Deelnemers kiezen een van deze rollen. Kies er minstens één.',
			names: 'Vraagt u de deelnemers om hun naam?',
			namesRequired: 'Ja, een naam is verplicht',
			namesOptional: 'Een naam mag, maar hoeft niet',
			namesNever: 'Nee, niet naar de naam vragen',
			namesNeverHint: 'De antwoorden zijn dan niet terug te leiden naar een persoon, behalve via de rol.',
			submit: 'Werksessie maken',
			creating: 'De werksessie wordt gemaakt…'
		},
		errors: {
			organisation: 'Vul de naam van de gemeente of organisatie in',
			organisationTooLong: (max: number) => `De naam mag niet langer zijn dan ${max} tekens`,
			dateMissing: 'Vul de datum van de werksessie in',
			dateDay: 'De datum moet een dag bevatten',
			dateMonth: 'De datum moet een maand bevatten',
			dateYear: 'De datum moet een jaar bevatten',
			dateYearDigits: 'Het jaar moet vier cijfers hebben',
			dateInvalid: 'De datum moet een echte datum zijn',
			phase: 'Kies de fase van de organisatie',
			scope: 'Kies welke vragen u stelt',
			themes: 'Kies minstens één thema',
			roles: 'Kies minstens één rol',
			names: 'Kies of u naar de naam vraagt',
			saveFailed: 'De werksessie is niet opgeslagen.'
		},
		/** The facilitator's overview of one session. */
		overview: {
			caption: 'Werksessie',
			loading: 'De werksessie wordt geladen…',
			joinTitle: 'Deelnemers doen mee met deze link',
			joinText: 'Laat de QR-code zien op het scherm of stuur de link. Deelnemers openen hem op hun telefoon of laptop.',
			joinLinkLabel: 'Link om mee te doen',
			qrLabel: 'QR-code om mee te doen',
			copy: 'Kopieer link',
			copied: 'De link is gekopieerd.',
			copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
			linkFailed: 'De link kon niet worden gemaakt in deze browser.',
			summaryTitle: 'Zo is de werksessie ingesteld',
			organisation: 'Organisatie',
			date: 'Datum',
			phase: 'Fase',
			scope: 'Vragen',
			scopeQuick: 'Snelle scan',
			scopeFull: 'Volledige scan',
			scopeThemes: (themes: string) => `Thema’s: ${themes}`,
			questions: (count: number) => (count === 1 ? '1 vraag' : `${count} vragen`),
			roles: 'Rollen',
			names: 'Naam',
			namesRequired: 'Verplicht',
			namesOptional: 'Mag, hoeft niet',
			namesNever: 'Wordt niet gevraagd',
			handedInTitle: 'Ingeleverd',
			handedInTotal: (count: number) => (count === 1 ? '1 deelnemer heeft ingeleverd.' : `${count} deelnemers hebben ingeleverd.`),
			nextTitle: 'Verder met de werksessie',
			settledTitle: 'De werksessie is vastgesteld',
			settledText: 'Van de werksessie is een scan gemaakt. Die scan blijft bestaan als u de werksessie verwijdert.',
			resultScan: 'Naar de scan van de werksessie',
			backupTitle: 'Back-up',
			backupText: 'Bewaar de werksessie met alle ingeleverde antwoorden in een bestand.',
			backup: 'Download back-up van deze werksessie',
			backupDone: (fileName: string) => `De back-up is gedownload: ${fileName}`,
			backupFailed: 'De back-up is niet gelukt.',
			deleteTitle: 'Werksessie verwijderen',
			deleteText: 'Verwijder de werksessie met de ingeleverde antwoorden van de deelnemers.',
			deleteSettledText:
				'De scan is gemaakt. Verwijder nu de werksessie met de antwoorden van de deelnemers. Zo bewaart u niet meer dan nodig is.',
			delete: 'Werksessie verwijderen',
			deleteConfirmTitle: 'Weet u zeker dat u deze werksessie wilt verwijderen?',
			deleteConfirmText:
				'De antwoorden van alle deelnemers worden van dit apparaat verwijderd. Dit kunt u niet ongedaan maken. De scan die van de werksessie is gemaakt, blijft bestaan.',
			deleteConfirm: 'Ja, verwijder de werksessie',
			deleteFailed: 'Het verwijderen is niet gelukt.',
			toHome: 'Naar de startpagina'
		},
		/** A participant opens the join link. */
		join: {
			title: 'Meedoen aan een werksessie',
			reading: 'De uitnodiging wordt gelezen…',
			empty: 'Er is geen uitnodiging gevonden. Open de link of QR-code van de begeleider opnieuw.',
			refusedTitle: 'Deze link werkt niet',
			refusedText: 'Er is niets opgeslagen. Vraag de begeleider om een nieuwe link.',
			otherChecklist: 'Deze werksessie gebruikt een andere vragenlijst dan deze app.',
			damaged: 'De link is beschadigd of onvolledig.',
			intro: (organisation: string) => `U doet mee aan de werksessie van ${organisation}.`,
			organisation: 'Organisatie',
			date: 'Datum',
			asked: 'Vragen',
			privacy: 'Uw antwoorden blijven op dit apparaat tot u ze zelf inlevert bij de begeleider.',
			role: 'Wat is uw rol?',
			roleHint: 'Kies de rol die het best bij u past.',
			name: 'Uw naam',
			nameOptional: 'Uw naam (mag leeg blijven)',
			nameHint: 'De begeleider ziet uw naam bij uw antwoorden.',
			start: 'Beginnen',
			starting: 'Uw vragenlijst wordt gemaakt…',
			already: 'U doet al mee aan deze werksessie op dit apparaat.',
			alreadyAs: (role: string) => `U antwoordt als ${role}.`,
			continue: 'Verder met uw antwoorden',
			errors: {
				role: 'Kies uw rol',
				name: 'Vul uw naam in',
				nameTooLong: (max: number) => `Uw naam mag niet langer zijn dan ${max} tekens`,
				createFailed: 'Uw vragenlijst is niet opgeslagen.'
			}
		},
		/** On the participant's task list and check page. */
		participant: {
			banner: (organisation: string, role: string) => `Werksessie van ${organisation} · u antwoordt als ${role}`,
			handInText: 'Lever uw antwoorden in bij de begeleider. U kunt daarna nog iets wijzigen en opnieuw inleveren.',
			handIn: 'Inleveren',
			handedInAt: (when: string) => `U heeft ingeleverd op ${when}.`
		},
		/** The hand-in page. */
		handIn: {
			caption: 'Werksessie',
			title: 'Antwoorden inleveren',
			building: 'Uw antwoorden worden klaargezet…',
			notParticipant: 'Deze scan hoort niet bij een werksessie.',
			answered: (answered: number, total: number) => `U heeft ${answered} van de ${total} vragen beantwoord.`,
			open: (open: number) =>
				open === 1 ? 'Er is nog 1 vraag open. U kunt toch inleveren.' : `Er zijn nog ${open} vragen open. U kunt toch inleveren.`,
			toCheck: 'Antwoorden nakijken',
			qrTitle: 'Laat de begeleider deze QR-code scannen',
			qrText: 'Houd uw scherm naar de camera van de begeleider.',
			qrLabel: 'QR-code met uw antwoorden',
			fileTitle: 'Of lever een bestand in',
			fileText: 'Download het bestand en geef het aan de begeleider, bijvoorbeeld per e-mail of USB-stick.',
			download: 'Download bestand',
			downloaded: (fileName: string) => `Het bestand is gedownload: ${fileName}`,
			linkTitle: 'Of stuur een link',
			linkText: 'Kopieer de link en stuur hem naar de begeleider.',
			copy: 'Kopieer link',
			copied: 'De link is gekopieerd.',
			copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
			linkLabel: 'Link met uw antwoorden',
			failed: 'Uw antwoorden konden niet worden klaargezet.',
			recorded: 'Opgeslagen dat u heeft ingeleverd.',
			toTasks: 'Terug naar de vragen'
		}
	},
	/** The group screens of a werksessie: counted hands, discussion, projector, consensus, and the PDF section. */
	workshopGroup: {
		loading: 'De werksessie wordt geladen.',
		backToOverview: 'Terug naar het overzicht van de werksessie',
		saved: 'Opgeslagen.',
		saving: 'Bezig met opslaan…',
		/** Participants, as a count. */
		people: (n: number) => (n === 1 ? '1 persoon' : `${n} mensen`),
		hands: {
			title: 'Handen tellen',
			lead: 'Heeft niet iedereen een telefoon of laptop? Dan kan de groep stemmen met de handen. U telt per antwoord hoeveel handen omhoog gaan.',
			howTo:
				'Laat iedereen tegelijk stemmen, op de tel van drie. Bij een schaal steekt iemand 0 tot 4 vingers op. Een vuist of een kaart betekent "Weet ik niet".',
			notAnonymous:
				'Let op: handen opsteken is niet anoniem. Iedereen ziet wat een ander kiest. Gaat een vraag over macht, bijvoorbeeld tussen managers en ervaringswerkers? Laat mensen dan liever op een briefje stemmen.',
			questionsHeading: 'Vragen van deze werksessie',
			counted: (present: number) => `Geteld: ${present} aanwezig`,
			notCounted: 'Nog niet geteld',
			count: 'Tellen',
			change: 'Telling wijzigen',
			formHeading: 'Telling',
			present: 'Aantal aanwezigen',
			presentHint: 'Hoeveel mensen stemden mee over deze vraag?',
			byRole: 'Per rol geteld',
			byRoleHint: 'Kies dit als de rollen na elkaar stemmen, of gekleurde kaarten hebben.',
			all: 'Hele zaal',
			answer: 'Antwoord',
			countsCaption: 'Aantal handen per antwoord',
			/** The label of one number field: the answer and, when counted per role, the role. */
			countLabel: (answer: string, group: string) => `${answer}, ${group}`,
			total: 'Totaal',
			save: 'Telling opslaan',
			remove: 'Telling verwijderen',
			cancel: 'Annuleren',
			saved: 'De telling is opgeslagen.',
			removed: 'De telling is verwijderd.',
			errors: {
				presentMissing: 'Vul het aantal aanwezigen in',
				notANumber: (label: string) => `Vul bij ${label} een heel getal in, 0 of meer`,
				tooLarge: (label: string, max: number) => `Vul bij ${label} een getal in van ${max} of minder`
			}
		},
		discuss: {
			title: 'Bespreken',
			lead: 'Hier ziet u waar de antwoorden uit elkaar liggen. Begin het gesprek bij de vragen bovenaan.',
			noAnswers: 'Er zijn nog geen antwoorden. Verzamel eerst de antwoorden, of tel handen.',
			settingsHeading: 'Wat de groep ziet',
			showSmallGroups: 'Kleine groepen apart tonen',
			showSmallGroupsHint: (min: number) =>
				`Een rol met minder dan ${min} mensen is herkenbaar. Zet dit alleen aan als de groep dat goed vindt.`,
			showNames: 'Namen tonen',
			showNamesHint: 'Namen staan alleen in de lijst van wie heeft ingeleverd, nooit bij een antwoord.',
			divergentHeading: 'Waar verschillen we het meest',
			divergentIntro:
				'Bovenaan staan de vragen waar de antwoorden het verst uit elkaar liggen, of waar de rollen het meest van elkaar verschillen.',
			divergentNone: 'Bij geen enkele vraag liggen de antwoorden ver uit elkaar.',
			agreedHeading: 'Waar zijn we het over eens',
			agreedNone: 'Er zijn geen vragen waarover iedereen het eens is.',
			notJudgedHeading: 'Te weinig antwoorden',
			notJudgedIntro: 'Bij deze vragen zijn te weinig antwoorden op de schaal om te zeggen of de groep het eens is.',
			notesSummary: (n: number) => (n === 1 ? '1 toelichting van een deelnemer' : `${n} toelichtingen van deelnemers`),
			noteRoleHidden: 'Rol niet getoond',
			divided: 'Verdeeld',
			theme: 'Thema',
			everyone: 'Iedereen',
			answer: 'Antwoord',
			count: 'Aantal',
			distributionCaption: (group: string) => `Verdeling van de antwoorden: ${group}`,
			rolesCaption: 'Per rol: aantal mensen, mediaan en spreiding (schaal 0 tot 4)',
			role: 'Rol',
			people: 'Mensen',
			median: 'Mediaan',
			spread: 'Spreiding',
			scaleNote:
				'Mediaan: het middelste antwoord, op een schaal van 0 (laagst) tot 4 (hoogst). Spreiding: hoe ver de middelste helft van de antwoorden uit elkaar ligt. "Weet ik niet" telt hierin niet mee.',
			none: '–',
			tooFew: 'te weinig mensen om apart te tonen',
			sources: (devices: number, hands: number) => `Bron: ${devices} van een apparaat, ${hands} met handen geteld`,
			project: 'Toon op het scherm',
			settle: 'Vaststellen',
			themesHeading: 'Thema’s per rol',
			themesCaption: 'Mediaan per thema en rol, op een schaal van 0 tot 4',
			handedInHeading: 'Wie heeft ingeleverd',
			handedIn: (n: number) => (n === 1 ? '1 deelnemer heeft ingeleverd.' : `${n} deelnemers hebben ingeleverd.`),
			name: 'Naam',
			noName: 'Geen naam',
			namesHidden: 'Namen zijn verborgen.'
		},
		projector: {
			title: 'Projectie',
			lead: 'Toon één vraag tegelijk op het grote scherm. De antwoorden blijven verborgen tot u ze laat zien.',
			noQuestions: 'Deze werksessie heeft geen vragen.',
			fullScreen: 'Volledig scherm',
			leaveFullScreen: 'Volledig scherm sluiten',
			keysHeading: 'Toetsen',
			keyNext: '→ of Page Down: volgende vraag',
			keyPrevious: '← of Page Up: vorige vraag',
			keyReveal: 'T: antwoorden tonen of verbergen',
			keyEscape: 'Esc: volledig scherm sluiten',
			reveal: 'Toon antwoorden',
			hide: 'Verberg antwoorden',
			hiddenNote: 'De antwoorden zijn nog verborgen. Laat de groep eerst zelf nadenken.',
			next: 'Volgende vraag',
			previous: 'Vorige vraag',
			position: (n: number, total: number) => `Vraag ${n} van ${total}`,
			order: 'Volgorde van de vragen',
			orderDivergent: 'Grootste verschil eerst',
			orderContent: 'Volgorde van de scan',
			timerHeading: 'Klok per thema',
			timerMinutes: 'Minuten per thema',
			timerHint: 'Vul 0 in voor geen klok.',
			timerMinutesError: (max: number) => `Vul een heel getal in van 0 tot en met ${max}`,
			timerSave: 'Klok instellen',
			timerStart: 'Start de klok',
			timerPause: 'Pauzeer de klok',
			timerReset: 'Zet de klok terug',
			timeLeft: (minutes: number, seconds: number) => `Nog ${minutes}:${String(seconds).padStart(2, '0')} voor dit thema`,
			timeUp: (theme: string) => `De tijd voor het thema ${theme} is om.`,
			notes: 'Wat zei de groep?',
			notesHint: 'Wordt vanzelf bewaard.'
		},
		consensus: {
			title: 'Samen vaststellen',
			lead: 'Leg per vraag vast welk antwoord de groep samen kiest, waarom, en wie het anders ziet. Alles wordt meteen bewaard.',
			progress: (done: number, total: number) => `${done} van ${total} vragen vastgesteld`,
			agreed: 'Antwoord van de groep',
			reasoning: 'Waarom dit antwoord?',
			dissent: 'Wie ziet het anders, en waarom?',
			dissentHint: 'Laat leeg als iedereen het eens is.',
			distribution: 'Zo antwoordde de groep',
			noAnswers: 'Geen antwoorden op deze vraag.',
			makeScan: 'Maak de scan van de groep',
			makeScanHint:
				'De scan krijgt de antwoorden die u hier vastlegt. Daarna ziet u de uitkomst en het actieplan, net als bij een gewone scan.',
			openOpen: (n: number) =>
				n === 1 ? 'Bij 1 vraag is nog geen antwoord gekozen. Die blijft open in de scan.' : `Bij ${n} vragen is nog geen antwoord gekozen. Die blijven open in de scan.`,
			/** Put before the dissent in the toelichting of the group's scan. */
			dissentLabel: 'Anders gezien',
			settled: 'De scan van de groep is gemaakt.',
			openResults: 'Bekijk de uitkomst',
			openPlan: 'Bekijk het actieplan',
			remakeHint: 'Hebt u daarna nog iets veranderd? Maak de scan dan opnieuw; u krijgt een nieuwe scan.',
			remake: 'Maak de scan opnieuw',
			deleteHeading: 'Antwoorden van de deelnemers verwijderen',
			deleteText:
				'De scan van de groep is klaar. De antwoorden van de deelnemers zijn nu niet meer nodig. Verwijder ze als de groep dat heeft afgesproken. De scan van de groep blijft bewaard.',
			deleteButton: 'Verwijder de antwoorden van de deelnemers',
			deleteConfirmTitle: 'Weet u het zeker?',
			deleteConfirmText:
				'De werksessie wordt verwijderd, met alle antwoorden, tellingen en aantekeningen. Dit kunt u niet ongedaan maken.',
			deleteYes: 'Ja, verwijder de antwoorden',
			deleteNo: 'Nee, bewaar ze',
			deleted: 'De antwoorden van de deelnemers zijn verwijderd. De scan van de groep blijft bewaard.'
		},
		/** The werksessie section of the PDF of a group's scan. */
		pdf: {
			heading: 'Werksessie',
			intro: 'Deze scan is samen vastgesteld in een werksessie. Hieronder ziet u wie meededen en waar de antwoorden verschilden.',
			date: 'Datum',
			participants: 'Deelnemers',
			handsOnly: 'Alleen handen geteld',
			rolesLine: (role: string, n: number) => `${role}: ${n}`,
			other: 'Overig',
			otherNote: (min: number) => `Rollen met minder dan ${min} mensen staan samen onder "Overig", zodat niemand herkenbaar is.`,
			divergenceHeading: 'Waar verschilden de antwoorden het meest',
			divergenceNone: 'Bij geen enkele vraag lagen de antwoorden ver uit elkaar.',
			scaleNote: 'Mediaan en spreiding op een schaal van 0 (laagst) tot 4 (hoogst). "Weet ik niet" telt hierin niet mee.',
			everyone: 'Iedereen',
			columns: { group: 'Groep', people: 'Mensen', median: 'Mediaan', spread: 'Spreiding' },
			consensusHeading: 'Wat de groep vaststelde',
			agreed: 'Antwoord',
			reasoning: 'Waarom',
			dissent: 'Anders gezien',
			noReasoning: 'Niets vastgelegd.',
			namesHeading: 'Wie leverde in',
			none: '–'
		}
	}
} as const;
