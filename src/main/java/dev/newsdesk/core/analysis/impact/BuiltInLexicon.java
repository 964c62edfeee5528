package dev.newsdesk.core.analysis.impact;

/**
 * The built-in lexicon, written for newsdesk from general knowledge of how financial news is worded (earnings
 * releases, market reports, tech and crypto news). Nothing here is taken or learnt from an annotated data set.
 */
final class BuiltInLexicon {
    private BuiltInLexicon() {
    }

    static final String TEXT = """
            # ---- metrics: quantities investors want up (+1) or down (-1) ----
            metric +1: profit, profits, net profit, operating profit, pretax profit, pre tax profit, gross profit
            metric +1: earnings, net earnings, eps, earnings per share, income, net income, operating income
            metric +1: result, results, operating result, ebit, ebitda, ebita, margin, margins, operating margin
            metric +1: gross margin, profitability, return on equity, roe, return, returns
            metric +1: sales, net sales, revenue, revenues, turnover, net turnover, top line, bottom line
            metric +1: comparable sales, like for like sales, same store sales, billings, bookings
            metric +1: orders, order, order intake, order book, order backlog, backlog, new orders
            metric +1: demand, volume, volumes, sales volume, traffic, passengers, deliveries, shipments
            metric +1: production, output, capacity, market share, share of the market, customers, subscribers
            metric +1: users, active users, visitors, market value, market cap, market capitalisation
            metric +1: market capitalization, valuation, value
            metric +1: dividend, dividends, payout, distribution, cash flow, free cash flow, operating cash flow
            metric +1: cash, liquidity, equity ratio, solvency, capital adequacy, credit rating, rating
            metric +1: guidance, outlook, forecast, forecasts, estimate, estimates, target, targets
            metric +1: price target, target price, recommendation, expectations
            metric +1: share price, stock price, shares, share, stock, stocks, equities, price, prices
            metric +1: index, indexes, indices, market, markets, bitcoin, ether, crypto, token, tokens
            metric +1: jobs, workforce, staff, personnel, employees, headcount, employment, workers
            metric +1: investment, investments, inflows, net inflows, assets under management, deposits, lending
            metric +1: growth, economy, gdp, confidence, sentiment, consumer confidence, efficiency, productivity
            metric +1: occupancy, utilisation, utilization, yield, premiums, premium income, net interest income
            metric +1: commissions, fee income, hashrate, hash rate, adoption, futures, savings, cost savings, synergies
            metric +1: cost synergies
            metric -1: loss, losses, net loss, operating loss, pretax loss, pre tax loss, net losses
            metric -1: costs, cost, expenses, expenditure, operating costs, operating expenses, overheads
            metric -1: debt, net debt, liabilities, borrowings, gearing, leverage, interest expense
            metric -1: deficit, writedown, writedowns, write down, write downs, impairment, impairments
            metric -1: charges, charge, provisions, restructuring costs, one off costs, credit losses
            metric -1: loan losses, bad loans, non performing loans, defaults, delinquencies, arrears
            metric -1: unemployment, inflation, churn, outflows, net outflows, risk, risks, uncertainty
            metric -1: pressure, price pressure, competition, volatility, inventory, inventories, tax rate
            metric -1: layoffs, job cuts, redundancies, short selling, short interest, drawdown, concern, concerns

            # mentioning one of these without any change still says something
            state -0.55: loss, losses, net loss, operating loss, pretax loss, pre tax loss, net losses, deficit
            state -0.4: writedown, writedowns, write down, write downs, impairment, impairments, credit losses
            state -0.4: loan losses, bad loans, non performing loans, defaults, outflows, net outflows
            state -0.6: layoffs, job cuts, redundancies
            state -0.4: concern, concerns
            state 0.4: inflows, net inflows

            # ---- change words ----
            rise 1.0: rose, rise, rises, rising, risen, increase, increased, increases, increasing
            rise 1.0: growth, grew, grow, grows, growing, grown, climbed, climb, climbs, gained, gain, gains
            rise 1.0: improved, improve, improves, improvement, improving, advanced, advance, advances
            rise 1.0: expanded, expand, expands, expansion, strengthened, strengthen, strengthens
            rise 1.0: rebounded, rebound, rebounds, recovered, recover, recovers, recovery, picked up
            rise 1.0: boosted, boost, boosts, boosting, lifted, lift, lifts, lifting, raised, raise, raises, raising
            rise 1.0: upgraded, upgrade, upgrades, hiked, hike, hikes, added, topped
            rise 1.0 needs-metric: up, higher, greater, larger, more, stronger, better, widened, widen, widens
            rise 1.0 needs-metric: add, adds, hire, hires, hired, hiring, create, created, creates
            rise 1.2 medium: jumped, jump, jumps, doubled, double, doubles, leapt, leaped, rallied, rally
            rise 1.2 medium: rallies, accelerated, accelerate, accelerates, outperformed, outperform
            rise 1.3 high: soared, soar, soars, surged, surge, surges, skyrocketed, skyrocket, tripled, spiked
            rise 1.3 high: spike, spikes, rocketed, boomed, boom, booming
            rise 1.0 high: record high, all time high, record highs, all time highs, reached a record
            rise 1.0 high: hit a record, new high, new highs, new record, to a record, at a record, record level
            rise 1.0 high: record levels
            fall 1.0: fell, fall, falls, falling, fallen, declined, decline, declines, declining
            fall 1.0: decreased, decrease, decreases, decreasing, dropped, drop, drops, dropping
            fall 1.0: lost, lose, loses, losing, shrank, shrink, shrinks, shrunk, contracted, contraction
            fall 1.0: weakened, weaken, weakens, weakening, deteriorated, deteriorate, deteriorates
            fall 1.0: deterioration, slipped, slip, slips, slid, slide, slides, eased, ease, eases, easing, dipped
            fall 1.0: dip, dips, retreated, retreat, retreats, softened, soften, softer, slowed, slow, slows
            fall 1.0: downgraded, downgrade, downgrades, worsened, worsen, worsens, underperformed
            fall 1.0: underperform, reduced, reduce, reduces, reduction, reducing
            fall 1.0 needs-metric: down, lower, lowered, lowers, lowering, less, fewer, weaker, worse
            fall 1.0 needs-metric: narrowed, narrow, narrows, narrowing, cut, cuts, cutting, trimmed, trim
            fall 1.0 needs-metric: slashed, slash, halved, halve, eliminate, eliminated, shed, sheds
            fall 1.0 needs-metric: axe, axed
            fall 1.2 medium: tumbled, tumble, tumbles, sank, sink, sinks, sunk, slumped, slump, slumps
            fall 1.2 medium: dived, dove, dive, dives
            fall 1.3 high: plunged, plunge, plunges, plummeted, plummet, plummets, crashed, crash, crashes
            fall 1.2: cancelled, canceled, cancels, cancel, scrapped, scraps, scrap, terminated, terminates
            fall 1.3 high: collapsed, collapse, collapses, tanked, tank, cratered, nosedived, wiped out

            # ---- events: good or bad for holders on their own ----
            event +0.9: beat expectations, beat estimates, beat forecasts, above expectations
            event +0.9: exceeded expectations, better than expected, stronger than expected
            event +0.9: higher than expected, ahead of expectations, topped estimates, beat analyst estimates
            event +0.9: returned to profit, return to profit, back to profit, back in the black, into the black
            event +0.8: turned a profit, swung to a profit, swung to profit, turned profitable, profitable
            event +0.8: awarded, won, wins, win, secured, secures, clinched, landed, selected
            event +0.3: contract, contracts, deal worth, order worth, contract worth, agreement worth
            event +0.6: received an order, received orders, signed a contract, signed contracts
            event +0.6: strong, robust, solid, excellent, outstanding, healthy, buoyant, successful
            event +0.5: successfully, success, good, positive, favourable, favorable, upbeat, optimistic
            event +0.5: confident, bullish, buy rating, overweight, outperform rating, buyback, buybacks
            event +0.5: share buyback, share repurchase, repurchase, breakthrough
            event +0.4: approval, approved, approves
            event +0.5: turnaround, benefit, benefits, benefited, benefitted, momentum, rewarding, beat, beats, beating
            event +0.3: partnership, partnerships, alliance, cooperation, collaboration, strategic partnership
            event +0.3: agreement, agreements, joint venture, acquires, acquired, acquisition, acquisitions
            event +0.6: accretive, largest ever, biggest ever, largest order, biggest order, in its history
            event +0.6: in the company history, in the group history, met its target, met expectations
            event +0.5: reached its target, achieved its target, exceeded its target, on track
            event +0.3: launches, launched, opportunity, opportunities, milestone, pleased, inflow
            event -1.0 high: bankruptcy, bankrupt, insolvency, insolvent, bankruptcy protection, liquidation
            event -1.0 high: receivership, administration proceedings, going concern, collapse of
            event -0.8: failed to meet, fail to meet, fails to meet, did not meet, missed its target, missed
            event -0.7: will be closed, to be closed, closed down, permanently closed, took a charge, take a charge
            event -0.7: booked a charge, takes a charge, miss, misses, cancellation, cancellations
            event -1.0: profit warning, profit warnings, warns, warned, warning, missed expectations
            event -0.9: missed estimates, below expectations, worse than expected, weaker than expected
            event -0.9: lower than expected, short of expectations, fell short, disappointing, disappointed
            event -0.9: fraud, scandal, hack, hacked, hackers, exploit, exploited, stolen, theft, breach
            event -0.8: layoff, lay offs, temporary layoffs, laid off, job losses, plant closure, closure
            event -0.8: default, defaulted, defaults on, downgrade to, sell rating, underweight, bearish
            event -0.7: lawsuit, lawsuits, sued, sues, litigation, fine, fined, fines, penalty, penalties
            event -0.7: sanctions, sanctioned, export controls, export ban, embargo, ban, banned, bans
            event -0.7: anti dumping, duties, tariffs, tariff, recall, recalls, recalled, strike, strikes, walkout, crisis
            event -0.7: recession, slowdown, downturn, selloff, sell off, rout, turmoil, shortfall
            event -0.7: investigation, probe, investigated, indictment, charged with, subpoena, raid
            event -0.6: weak, poor, difficult, challenging, tough, negative, adverse, adversely, unfavourable
            event -0.6: unfavorable, hurt, hurts, hit by, weighed on, weighs on, weigh on, pressure on
            event -0.6: delay, delays, delayed, postponed, halted, halt, halts, suspended, suspends
            event -0.6: suspension, shut down, shuts down, shutdown, close down, closing down, idled
            event -0.6: loss making, unprofitable, in the red, into the red, impaired, write off, written off
            event -0.6: shortage, shortages, outage, outages, disruption, disruptions
            event -0.5: restructuring, cutbacks, cost cutting, dilution, dilutive, downsizing, shortfalls
            event -0.5: uncertain, uncertainties, headwinds, headwind, risky, slump in, plunge in
            event -0.5: resigned, resigns, steps down, stepped down, ousted, fired, dispute, disputes
            event -0.5: depeg, depegged, liquidations, liquidated, delisted, delisting, outflow

            # ---- grammar of meaning ----
            negator: not, no, never, nor, neither, without, didnt, doesnt, dont, isnt, wasnt, werent, arent
            negator: wont, cannot, cant, couldnt, wouldnt, hasnt, havent, hadnt, failed to, fail to
            negator: fails to, unable to, none, lack of, lacked, absence of
            contrast: but, however, yet, nevertheless, nonetheless, whereas, instead
            concession: although, though, despite, even though, in spite of, notwithstanding, while
            intensity 1.3 high: record, sharply, sharp, significantly, significant, substantially
            intensity 1.3 high: substantial, strongly, dramatically, dramatic, massive, massively, huge
            intensity 1.3 high: considerably, considerable, steeply, steep, historic, unprecedented
            intensity 1.15 medium: markedly, notably, clearly, strong growth, double digit
            intensity 0.6 low: slightly, slight, marginally, marginal, somewhat, modestly, modest, a bit
            intensity 0.6 low: little, small, mildly, minor
            scale 1e3: thousand, thousands, k
            scale 1e6: mn, m, million, millions, mln, mio
            scale 1e9: bn, b, billion, billions, bln
            scale 1e12: trillion, tn, trn

            # phrases whose words must not be read alone
            ignore: set up, sets up, up to, make up, made up, makes up, take up, took up, end up, ended up
            ignore: up and running, sign up, signed up, follow up, break down, broken down, broke down
            ignore: down payment, wind down, trickle down, gross up, in addition, more than, less than
            ignore: more or less, no longer, not only, no doubt, lower case, higher education
            ignore: record date, on record, track record, world record, stock exchange, share capital
            ignore: shares outstanding, share issue, share offering, shares issued, nordic exchange
            ignore: price list, at a price, price of, cost of, fine tuning, fine tune, up front, in line
            ignore: market leader, market leading, value chain, value added, interest in, target group
            ignore: target market, target markets, rating agency, result of, as a result, as a result of
            ignore: subject to approval, subject to the approval, subject to regulatory approval, approval of the
            ignore: subject to regulatory approvals, subject to approvals, pending approval, for approval
            ignore: gain access, still to, yet to, risk management, change of control, fine paper, fine papers
            ignore: fine chemicals, free of charge, in charge, in charge of, strike price, strike a deal, struck a deal

            # ---- sectors and assets ----
            sector crypto: bitcoin=Bitcoin, btc=Bitcoin, ether=Ether, ethereum=Ether, eth=Ether
            sector crypto: solana=Solana, xrp=XRP, stablecoin, stablecoins, tether=Tether, usdt=Tether
            sector crypto: usdc=USDC, crypto, cryptocurrency, cryptocurrencies, blockchain, defi, nft, nfts
            sector crypto: token, tokens, altcoin, altcoins, coinbase=Coinbase, binance=Binance, kraken
            sector crypto: crypto exchange, mining rig, miners, bitcoin miners, hashrate, hash rate, wallet
            sector crypto: spot bitcoin etf, bitcoin etf, crypto etf, web3, memecoin, dogecoin=Dogecoin
            sector chips: semiconductor, semiconductors, chip, chips, chipmaker, chipmakers, foundry, foundries
            sector chips: nvidia=Nvidia, tsmc=TSMC, amd=AMD, intel=Intel, qualcomm=Qualcomm, broadcom=Broadcom
            sector chips: asml=ASML, arm=Arm, micron=Micron, sk hynix=SK Hynix, hynix=SK Hynix, samsung=Samsung
            sector chips: gpu, gpus, accelerator, accelerators, wafer, wafers, fab, fabs, lithography
            sector chips: hbm, memory chips, dram, nand, h100, h200, blackwell, microchip, microchips
            sector ai-cloud: data center, data centers, data centre, data centres, datacenter, datacenters
            sector ai-cloud: cloud, cloud computing, hyperscaler, hyperscalers, ai infrastructure, compute
            sector ai-cloud: artificial intelligence, ai, genai, generative ai, llm, llms, openai=OpenAI
            sector ai-cloud: anthropic=Anthropic, aws=AWS, azure=Azure, google cloud=Google Cloud
            sector ai-cloud: microsoft=Microsoft, oracle=Oracle, coreweave=CoreWeave, ai model, ai models
            sector ai-cloud: supercomputer, server, servers, inference, training cluster
            sector equities: shares, share, stock, stocks, equity, equities, index, indexes, indices
            sector equities: s&p=S&P 500, nasdaq=Nasdaq, dow=Dow Jones, dow jones=Dow Jones, ftse=FTSE
            sector equities: dax=DAX, nikkei=Nikkei, stoxx=STOXX, omx, share price, stock price, ipo
            sector equities: stock market, stock exchange, listed, dividend, dividends, buyback, earnings
            sector energy: oil, crude, brent=Brent, wti=WTI, gas, natural gas, lng, opec=OPEC, opec+=OPEC
            sector energy: petroleum, refinery, refineries, refining, pipeline, pipelines, energy, power
            sector energy: electricity, utility, utilities, renewable, renewables, solar, wind power
            sector energy: nuclear, coal, uranium, gasoline, diesel, barrel, barrels, drilling, oilfield
            sector defence: defence, defense, military, missile, missiles, weapons, weapon, arms, army
            sector defence: navy, air force, nato=NATO, pentagon, fighter jet, fighter jets, drone, drones
            sector defence: munitions, ammunition, artillery, warship, warships, tanks, armored, armoured
            sector defence: rheinmetall=Rheinmetall, lockheed=Lockheed Martin, raytheon=RTX
            sector defence: bae systems=BAE Systems, northrop=Northrop Grumman, saab=Saab, war, troops
            """;
}
